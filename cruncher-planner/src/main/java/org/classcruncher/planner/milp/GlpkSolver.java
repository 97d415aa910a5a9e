package org.classcruncher.planner.milp;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.gnu.glpk.GLPK;
import org.gnu.glpk.GLPKConstants;
import org.gnu.glpk.GlpkCallback;
import org.gnu.glpk.GlpkCallbackListener;
import org.gnu.glpk.GlpkException;
import org.gnu.glpk.GlpkTerminal;
import org.gnu.glpk.GlpkTerminalListener;
import org.gnu.glpk.SWIGTYPE_p_double;
import org.gnu.glpk.SWIGTYPE_p_int;
import org.gnu.glpk.glp_iocp;
import org.gnu.glpk.glp_prob;
import org.gnu.glpk.glp_smcp;
import org.gnu.glpk.glp_tree;

/**
 * Solves a {@link MilpModel} with GLPK's branch-and-cut ({@code glp_intopt}, presolve on; for a model with a
 * {@linkplain MilpModel#startFrom start}, presolve off, from the simplex's basis, with the start offered as a solution).
 *
 * <p>GLPK keeps its state per thread and a problem object must not be shared: each call creates its own problem,
 * adds its listeners in the calling thread and removes them, and deletes the problem, in {@code finally}. A GLPK
 * error becomes a {@link SolverFailure}.
 */
public class GlpkSolver {

    /** Models that close near the root are branched on with Driebeek-Tomlin's rule up to this many columns. */
    private static final int SMALL_MODEL = 200;

    /** Models above this many columns are branched on with Driebeek-Tomlin's rule, to stay stoppable. */
    private static final int LARGE_MODEL = 1_000;

    /**
     * @param timeLimit how long the search may run before it returns its best solution; none left: nothing is started
     * @param cancelled polled before and during the search; once it answers true the search stops
     */
    public MilpSolution solve(MilpModel model, Duration timeLimit, BooleanSupplier cancelled) {
        return solve(model, timeLimit, cancelled, false);
    }

    /** Stops at the first solution: for questions any plan answers ("is there one?"). */
    public MilpSolution solveForFirst(MilpModel model, Duration timeLimit, BooleanSupplier cancelled) {
        return solve(model, timeLimit, cancelled, true);
    }

    private MilpSolution solve(MilpModel model, Duration timeLimit, BooleanSupplier cancelled, boolean first) {
        if (cancelled.getAsBoolean()) {
            return MilpSolution.without(MilpSolution.Outcome.CANCELLED);
        }
        if (timeLimit.toMillis() <= 0) {
            return MilpSolution.without(MilpSolution.Outcome.TIMED_OUT);
        }
        SearchWatch watch = new SearchWatch(cancelled, first, System.nanoTime() + timeLimit.toNanos());
        GlpkTerminalListener silence = text -> false;
        GlpkTerminal.addListener(silence);
        GlpkCallback.addListener(watch);
        glp_prob problem = GLPK.glp_create_prob();
        try {
            load(model, problem);
            glp_iocp parameters = parameters(timeLimit, model.nearRoot() && model.columns().size() <= SMALL_MODEL
                    || model.columns().size() > LARGE_MODEL);
            if (model.start() != null && relaxationSolved(problem, timeLimit)) {
                // GLPK takes a solution from outside only in the problem it searches, which the presolver would
                // transform: without it, glp_intopt starts from the relaxation's basis.
                parameters.setPresolve(GLPKConstants.GLP_OFF);
                watch.start = model.start();
            }
            if (model.roundingCuts()) {
                parameters.setMir_cuts(GLPKConstants.GLP_ON);
            }
            if (model.largeWholeObjective()) {
                parameters.setTol_obj(1e-12);
            }
            int code = GLPK.glp_intopt(problem, parameters);
            return read(model, problem, code, watch);
        } catch (GlpkException e) {
            // After a GLPK error this thread's problem objects are invalid: drop the problem, never touch it again.
            problem = null;
            throw new SolverFailure("GLPK failed: " + e.getMessage(), e);
        } finally {
            if (problem != null) {
                GLPK.glp_delete_prob(problem);
            }
            GlpkCallback.removeListener(watch);
            GlpkTerminal.removeListener(silence);
        }
    }

    private static glp_iocp parameters(Duration timeLimit, boolean driebeekTomlin) {
        glp_iocp parameters = new glp_iocp();
        GLPK.glp_init_iocp(parameters);
        parameters.setPresolve(GLPKConstants.GLP_ON);
        // Measured on the benchmark schools: Driebeek-Tomlin branching proves the small models of one composite
        // pattern about twice as fast, but has long tails (30 s) on the one-model formulation, where pseudocost
        // branching finds a first plan in well under a second (GLPK's default rule searched for minutes). On the
        // largest models, though, pseudocost branching first spends a second and more initialising its costs at one
        // node, with no callback in between, so no cancel or time limit could stop it; Driebeek-Tomlin returns to the
        // callback every few milliseconds. Cuts only where the model asks for them: they slow the structure levels
        // down and speed the size bands up.
        parameters.setBr_tech(driebeekTomlin ? GLPKConstants.GLP_BR_DTH : GLPKConstants.GLP_BR_PCH);
        parameters.setMsg_lev(GLPKConstants.GLP_MSG_OFF);
        parameters.setTm_lim((int) Math.min(Integer.MAX_VALUE, timeLimit.toMillis()));
        return parameters;
    }

    /** Solves the LP relaxation by the simplex method: whether it has an optimal basis to branch from. */
    private static boolean relaxationSolved(glp_prob problem, Duration timeLimit) {
        glp_smcp parameters = new glp_smcp();
        GLPK.glp_init_smcp(parameters);
        parameters.setMsg_lev(GLPKConstants.GLP_MSG_OFF);
        parameters.setTm_lim((int) Math.min(Integer.MAX_VALUE, timeLimit.toMillis()));
        return GLPK.glp_simplex(problem, parameters) == 0 && GLPK.glp_get_status(problem) == GLPKConstants.GLP_OPT;
    }

    /** Names stay in the model, for reading and tests: GLPK works about 10 % faster without them. */
    private static void load(MilpModel model, glp_prob problem) {
        GLPK.glp_set_obj_dir(problem, GLPKConstants.GLP_MIN);
        GLPK.glp_add_cols(problem, model.columns().size());
        for (int j = 0; j < model.columns().size(); j++) {
            MilpModel.Column column = model.columns().get(j);
            int col = j + 1;
            GLPK.glp_set_col_kind(problem, col, switch (column.kind()) {
                case CONTINUOUS -> GLPKConstants.GLP_CV;
                case INTEGER -> GLPKConstants.GLP_IV;
                case BINARY -> GLPKConstants.GLP_BV;
            });
            if (column.kind() != MilpModel.Kind.BINARY) {
                setBounds(column.lower(), column.upper(), (type, lb, ub) -> GLPK.glp_set_col_bnds(problem, col, type, lb, ub));
            }
        }
        model.objective().forEach((column, coefficient) -> GLPK.glp_set_obj_coef(problem, column + 1, coefficient));
        GLPK.glp_add_rows(problem, model.rows().size());
        int nonZeros = 0;
        for (int i = 0; i < model.rows().size(); i++) {
            MilpModel.Row row = model.rows().get(i);
            int r = i + 1;
            setBounds(row.lower(), row.upper(), (type, lb, ub) -> GLPK.glp_set_row_bnds(problem, r, type, lb, ub));
            nonZeros += row.coefficients().size();
        }
        loadMatrix(problem, model, nonZeros);
    }

    private interface BoundSetter {
        void set(int type, double lower, double upper);
    }

    private static void setBounds(Double lower, Double upper, BoundSetter setter) {
        if (lower != null && upper != null) {
            setter.set(lower.equals(upper) ? GLPKConstants.GLP_FX : GLPKConstants.GLP_DB, lower, upper);
        } else if (lower != null) {
            setter.set(GLPKConstants.GLP_LO, lower, 0);
        } else if (upper != null) {
            setter.set(GLPKConstants.GLP_UP, 0, upper);
        } else {
            setter.set(GLPKConstants.GLP_FR, 0, 0);
        }
    }

    /** All coefficients in one call: a small model's load is otherwise mostly the native arrays of each row. */
    private static void loadMatrix(glp_prob problem, MilpModel model, int nonZeros) {
        SWIGTYPE_p_int rows = GLPK.new_intArray(nonZeros + 1);
        SWIGTYPE_p_int columns = GLPK.new_intArray(nonZeros + 1);
        SWIGTYPE_p_double values = GLPK.new_doubleArray(nonZeros + 1);
        try {
            int k = 1;
            for (int i = 0; i < model.rows().size(); i++) {
                for (Map.Entry<Integer, Double> entry : model.rows().get(i).coefficients().entrySet()) {
                    GLPK.intArray_setitem(rows, k, i + 1);
                    GLPK.intArray_setitem(columns, k, entry.getKey() + 1);
                    GLPK.doubleArray_setitem(values, k, entry.getValue());
                    k++;
                }
            }
            GLPK.glp_load_matrix(problem, nonZeros, rows, columns, values);
        } finally {
            GLPK.delete_intArray(rows);
            GLPK.delete_intArray(columns);
            GLPK.delete_doubleArray(values);
        }
    }

    private static MilpSolution read(MilpModel model, glp_prob problem, int code, SearchWatch watch) {
        int status = GLPK.glp_mip_status(problem);
        boolean found = status == GLPKConstants.GLP_OPT || status == GLPKConstants.GLP_FEAS;
        MilpSolution.Outcome outcome;
        if (code == 0 && status == GLPKConstants.GLP_OPT) {
            outcome = MilpSolution.Outcome.OPTIMAL;
        } else if ((code == 0 && status == GLPKConstants.GLP_NOFEAS) || code == GLPKConstants.GLP_ENOPFS) {
            outcome = MilpSolution.Outcome.INFEASIBLE;
        } else if (code == GLPKConstants.GLP_ETMLIM) {
            outcome = found ? MilpSolution.Outcome.FEASIBLE_TIMED_OUT : MilpSolution.Outcome.TIMED_OUT;
        } else if (code == GLPKConstants.GLP_ESTOP && found && watch.firstFound) {
            outcome = MilpSolution.Outcome.FEASIBLE;
        } else if (code == GLPKConstants.GLP_ESTOP && watch.outOfTime) {
            outcome = found ? MilpSolution.Outcome.FEASIBLE_TIMED_OUT : MilpSolution.Outcome.TIMED_OUT;
        } else if (code == GLPKConstants.GLP_ESTOP) {
            outcome = found ? MilpSolution.Outcome.FEASIBLE_CANCELLED : MilpSolution.Outcome.CANCELLED;
        } else {
            throw new SolverFailure("GLPK stopped with code " + code + " and status " + status);
        }
        if (!outcome.hasSolution()) {
            return MilpSolution.without(outcome, watch.unstoppable());
        }
        double[] values = new double[model.columns().size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = GLPK.glp_mip_col_val(problem, j + 1);
        }
        double gap = outcome == MilpSolution.Outcome.OPTIMAL ? 0 : watch.lastGap;
        return new MilpSolution(outcome, values, GLPK.glp_mip_obj_val(problem), gap, watch.unstoppable());
    }

    /**
     * Stops the search once cancelled, out of time, or at the first solution if asked; remembers the last gap GLPK
     * reported; offers the model's start, if any, as a solution at the first chance.
     */
    private static final class SearchWatch implements GlpkCallbackListener {

        private final BooleanSupplier cancelled;
        private final boolean first;
        private final long deadline;
        private final long started = System.nanoTime();
        private boolean calledBack;
        private long firstCallback;
        private boolean firstFound;
        private boolean outOfTime;
        private double lastGap = Double.NaN;
        private double[] start;

        SearchWatch(BooleanSupplier cancelled, boolean first, long deadline) {
            this.cancelled = cancelled;
            this.first = first;
            this.deadline = deadline;
        }

        /**
         * From the start to the first callback: the model's load, GLPK's presolver and its first LP relaxation run
         * with no time limit and no callback (its own LP gets none of the search's limits), so nothing can stop them.
         */
        Duration unstoppable() {
            return Duration.ofNanos((calledBack ? firstCallback : System.nanoTime()) - started);
        }

        @Override
        public void callback(glp_tree tree) {
            if (!calledBack) {
                calledBack = true;
                firstCallback = System.nanoTime();
            }
            int reason = GLPK.glp_ios_reason(tree);
            if (reason == GLPKConstants.GLP_IHEUR && start != null) {
                offer(tree, start);
                start = null;
            }
            if (reason == GLPKConstants.GLP_IBINGO || reason == GLPKConstants.GLP_ISELECT) {
                double gap = GLPK.glp_ios_mip_gap(tree);
                if (!Double.isInfinite(gap) && gap < 1e300) {
                    lastGap = gap;
                }
            }
            if (first && reason == GLPKConstants.GLP_IBINGO) {
                firstFound = true;
                GLPK.glp_ios_terminate(tree);
            } else if (cancelled.getAsBoolean()) {
                GLPK.glp_ios_terminate(tree);
            } else if (System.nanoTime() - deadline > 0) {
                // GLPK looks at its own time limit only between nodes; this looks at every callback as well.
                outOfTime = true;
                GLPK.glp_ios_terminate(tree);
            }
        }

        /** GLPK keeps the solution when it is better than the best so far (it checks whole integers, not rows). */
        private static void offer(glp_tree tree, double[] solution) {
            SWIGTYPE_p_double values = GLPK.new_doubleArray(solution.length + 1);
            try {
                for (int j = 0; j < solution.length; j++) {
                    GLPK.doubleArray_setitem(values, j + 1, solution[j]);
                }
                GLPK.glp_ios_heur_sol(tree, values);
            } finally {
                GLPK.delete_doubleArray(values);
            }
        }
    }
}
