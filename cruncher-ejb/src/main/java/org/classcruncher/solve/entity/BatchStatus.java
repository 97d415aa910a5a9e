package org.classcruncher.solve.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.entity.SolveSummary;

/**
 * How a batch of schools is getting on.
 *
 * @param id       the batch's id
 * @param total    how many schools it has
 * @param byStatus how many solves are in each status
 * @param finished whether every solve has ended
 * @param solves   each solve, in the order submitted
 */
public record BatchStatus(String id, int total, Map<SolveStatus, Integer> byStatus, boolean finished,
                          List<SolveSummary> solves) {

    public static BatchStatus of(String id, List<SolveSummary> solves) {
        Map<SolveStatus, Integer> byStatus = new LinkedHashMap<>();
        for (SolveStatus status : SolveStatus.values()) {
            int count = (int) solves.stream().filter(solve -> solve.status() == status).count();
            if (count > 0) {
                byStatus.put(status, count);
            }
        }
        return new BatchStatus(id, solves.size(), byStatus,
                solves.stream().allMatch(solve -> solve.status().finished()), List.copyOf(solves));
    }
}
