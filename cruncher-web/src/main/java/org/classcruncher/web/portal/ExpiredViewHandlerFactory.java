package org.classcruncher.web.portal;

import java.io.IOException;
import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form sent with a view state the server no longer has (the page was open too long, or the server restarted) is
 * not an error: the user is sent back to the same page, which says that it had expired and to try again
 * ({@code ?expired=true}, shown by the page templates). Everything else goes to Faces' own handler.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }

    static final class ExpiredViewHandler extends ExceptionHandlerWrapper {

        ExpiredViewHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                if (expired(events.next().getContext().getException())) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    if (!faces.getResponseComplete()) {
                        sendBack(faces);
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void sendBack(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            try {
                external.redirect(samePage(request.getContextPath(), request.getServletPath(),
                        request.getQueryString()));
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }

    /** The page's own address on this server (never another host), its query kept, with {@code expired=true}. */
    static String samePage(String contextPath, String servletPath, String query) {
        String path = servletPath == null || !servletPath.startsWith("/") || servletPath.startsWith("//")
                ? "/" : servletPath;
        String kept = query == null || query.isBlank() ? "" : query.replaceAll("(^|&)expired=true", "");
        kept = kept.startsWith("&") ? kept.substring(1) : kept;
        return contextPath + path + "?" + (kept.isEmpty() ? "" : kept + "&") + "expired=true";
    }
}
