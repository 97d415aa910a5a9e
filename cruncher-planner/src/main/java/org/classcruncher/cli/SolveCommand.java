package org.classcruncher.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.Timings;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.PolicyFailure;
import org.classcruncher.planner.UnknownPolicy;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.plugin.PluginLoader;

/**
 * {@code cruncher solve PATH [--alternatives N] [--formulation seed|default] [--time-limit SECONDS]}: plans the
 * school in a JSON file, or every {@code *.json} school in a folder, and prints each result as one line of JSON in
 * the REST API's format. The options override the files' own. Exit status 0 when every file was a valid school,
 * 1 when some were not (each reported on standard error), 2 on a usage error.
 */
public final class SolveCommand {

    private SolveCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; answers its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        List<Path> files;
        try {
            arguments = Arguments.parse(args);
            files = SchoolFiles.list(arguments.path());
        } catch (IllegalArgumentException | IOException e) {
            err.println("cruncher solve: " + e.getMessage());
            err.println("usage: cruncher solve FILE.json|FOLDER [--alternatives N] "
                    + "[--formulation seed|default] [--time-limit SECONDS]");
            return 2;
        }
        PluginLoader.Found plugins = PluginLoader.load(SolveCommand.class.getClassLoader(), arguments.pluginsFolder());
        plugins.problems().forEach(problem -> err.println("cruncher solve: plugin from " + problem.source()
                + " not loaded: " + problem.error()));
        Planner planner = new Planner(new GlpkSolver());
        boolean allValid = true;
        for (Path file : files) {
            try {
                SchoolRequest school = arguments.apply(SchoolFiles.read(file));
                Policies policies = Policies.select(school.options(), plugins, null, null);
                out.println(SchoolFiles.toJson(solve(planner, school, policies, id(file))));
            } catch (UnknownPolicy e) {
                err.println("cruncher solve: " + file + ": " + e.field() + ": " + e.getMessage());
                allValid = false;
            } catch (IllegalArgumentException | PolicyFailure e) {
                err.println("cruncher solve: " + e.getMessage());
                allValid = false;
            }
        }
        return allValid ? 0 : 1;
    }

    static SolveResult solve(Planner planner, SchoolRequest school, Policies policies, String id) {
        Instant submitted = Instant.now();
        long start = System.nanoTime();
        PlanningOutcome outcome = planner.plan(school, policies, () -> false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Timings timings = Timings.submitted(submitted).started(submitted).finished(Instant.now(), millis);
        return SolveResult.queued(id, school, null, timings)
                .finished(outcome.status(), outcome.plans(), outcome.diagnosis(), outcome.message(), timings,
                        outcome.plugins());
    }


    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    /** The command line, parsed. */
    private record Arguments(Path path, Integer alternatives, String formulation, Integer timeLimit,
                             Path pluginsFolder) {

        static Arguments parse(String[] args) {
            Path path = null;
            Integer alternatives = null;
            String formulation = null;
            Integer timeLimit = null;
            Path plugins = System.getProperty("cruncher.plugins.dir") == null ? null
                    : Path.of(System.getProperty("cruncher.plugins.dir"));
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--alternatives" -> alternatives = number(args, ++i, "--alternatives");
                    case "--formulation" -> formulation = value(args, ++i, "--formulation");
                    case "--time-limit" -> timeLimit = number(args, ++i, "--time-limit");
                    default -> {
                        if (args[i].startsWith("--") || path != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        path = Path.of(args[i]);
                    }
                }
            }
            if (path == null) {
                throw new IllegalArgumentException("no school file or folder given");
            }
            return new Arguments(path, alternatives, formulation, timeLimit, plugins);
        }

        /** The school with the command line's options in place of its own. */
        SchoolRequest apply(SchoolRequest school) {
            SolveOptions options = school.options();
            if (formulation != null) {
                options = options.withFormulation(formulation);
            }
            if (alternatives != null) {
                options = options.withAlternatives(alternatives);
            }
            if (timeLimit != null) {
                options = options.withTimeLimitSeconds(timeLimit);
            }
            return school.withOptions(options);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String[] args, int i, String option) {
            try {
                return Integer.parseInt(value(args, i, option));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not " + args[i]);
            }
        }
    }

}
