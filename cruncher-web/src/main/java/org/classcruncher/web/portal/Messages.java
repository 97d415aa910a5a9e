package org.classcruncher.web.portal;

import java.text.MessageFormat;

import jakarta.faces.context.FacesContext;

/** The portal's texts ({@code messages.properties}, the pages' {@code msg}) for messages made in Java. */
final class Messages {

    private Messages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
