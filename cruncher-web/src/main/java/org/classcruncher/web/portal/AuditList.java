package org.classcruncher.web.portal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.account.boundary.AuditQuery;
import org.classcruncher.account.boundary.AuditRecord;
import org.classcruncher.account.boundary.AuditTrail;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.security.CurrentCaller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log page for district admins: every entry, newest first, in a lazy table the server pages; the form
 * above it filters by who, what and when, also on the server.
 */
@Named
@ViewScoped
public class AuditList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's client id, to start it on its first page when the filter changes. */
    static final String TABLE = "log:entries";

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    /** What the form shows. */
    private String actor;
    private String action;
    private String from;
    private String to;

    /** The filter in force: the last one that was valid. */
    private String shownActor;
    private AuditAction shownAction;
    private Instant shownFrom;
    private Instant shownTo;

    private final LazyDataModel<AuditRecord> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, audit.page(caller.get(), query(0, 1)).total());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                      Map<String, FilterMeta> filters) {
            int size = Math.max(1, Math.min(pageSize, AuditQuery.LARGEST_PAGE));
            int page = Math.min(first / size, AuditQuery.LAST_PAGE);
            return audit.page(caller.get(), query(page, size)).items();
        }
    };

    /** Applies the form's filter; a part that cannot be read is named next to its field, the old filter stays. */
    public void apply() {
        Instant start;
        Instant end;
        try {
            start = TimeInput.from(from);
        } catch (IllegalArgumentException e) {
            FieldMessages.showAt("filter:from", e.getMessage());
            return;
        }
        try {
            end = TimeInput.to(to);
        } catch (IllegalArgumentException e) {
            FieldMessages.showAt("filter:to", e.getMessage());
            return;
        }
        AuditAction kind;
        try {
            kind = action == null || action.isBlank() ? null : AuditAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            FieldMessages.showAt("filter:action", "Choose what was done from the list.");
            return;
        }
        AuditQuery checked;
        try {
            checked = new AuditQuery(actor, kind, start, end, 0, 1);
        } catch (InvalidRequest e) {
            FieldMessages.showAt("filter:" + e.field(), "to".equals(e.field())
                    ? "The end must come after the start." : e.getMessage());
            return;
        }
        shownActor = checked.actor();
        shownAction = checked.action();
        shownFrom = checked.from();
        shownTo = checked.to();
        firstPage();
    }

    /** Shows every entry again. */
    public void clear() {
        actor = null;
        action = null;
        from = null;
        to = null;
        shownActor = null;
        shownAction = null;
        shownFrom = null;
        shownTo = null;
        firstPage();
    }

    private AuditQuery query(int page, int size) {
        return new AuditQuery(shownActor, shownAction, shownFrom, shownTo, page, size);
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }

    public LazyDataModel<AuditRecord> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
