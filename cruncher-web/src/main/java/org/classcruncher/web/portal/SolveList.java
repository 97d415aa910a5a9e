package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.entity.SolvePage;
import org.classcruncher.solve.entity.SolveQuery;
import org.classcruncher.solve.entity.SolveSummary;
import org.classcruncher.web.security.CurrentCaller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The list of solves: a lazy table paged, sorted and filtered by the server, newest first. */
@Named
@ViewScoped
public class SolveList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Solves solves;

    @Inject
    CurrentCaller caller;

    @Inject
    Accounts accounts;

    private Map<String, String> schoolNames;

    private final LazyDataModel<SolveSummary> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) solves.list(caller.get(), query(0, 1, Map.of(), filters)).total();
        }

        @Override
        public List<SolveSummary> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                       Map<String, FilterMeta> filters) {
            SolvePage page = solves.list(caller.get(), query(first / pageSize, pageSize, sorts, filters));
            return page.items();
        }

        @Override
        public String getRowKey(SolveSummary summary) {
            return summary.id();
        }
    };

    public LazyDataModel<SolveSummary> getModel() {
        return model;
    }

    /** A school's name for the list (its id if it has none the caller may see). */
    public String schoolName(String schoolId) {
        if (schoolNames == null) {
            schoolNames = new HashMap<>();
            accounts.schools(caller.get()).forEach(school -> schoolNames.put(school.id(), school.name()));
        }
        return schoolNames.getOrDefault(schoolId, schoolId);
    }

    public SolveStatus[] getStatuses() {
        return SolveStatus.values();
    }

    private static SolveQuery query(int page, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        SortMeta sort = sorts.values().stream().findFirst().orElse(null);
        String column = sort == null ? "submittedAt" : sort.getField();
        boolean descending = sort == null || sort.getOrder() != SortOrder.ASCENDING;
        Object text = value(filters, "school");
        Object status = value(filters, "status");
        return new SolveQuery(page, Math.min(size, SolveQuery.LARGEST_PAGE), column, descending,
                text == null ? null : text.toString(),
                status == null || status.toString().isBlank() ? null : SolveStatus.valueOf(status.toString()), null);
    }

    private static Object value(Map<String, FilterMeta> filters, String field) {
        FilterMeta filter = filters.get(field);
        return filter == null ? null : filter.getFilterValue();
    }
}
