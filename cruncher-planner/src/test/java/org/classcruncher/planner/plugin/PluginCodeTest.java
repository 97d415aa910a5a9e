package org.classcruncher.planner.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluginCodeTest {

    private static final String POLICY = "org.classcruncher.spi.ClassSizePolicy";

    @TempDir
    Path work;

    @Test
    void plainJavaAsPluginsAreWrittenPasses() throws IOException {
        Path jar = work.resolve("plain.jar");
        PluginJars.write(jar, "district.Plain", """
                package district;
                import java.math.BigDecimal;
                import java.util.*;
                import java.util.stream.*;
                import org.classcruncher.api.*;
                public class Plain implements org.classcruncher.spi.ClassSizePolicy {
                    enum Band { SMALL, LARGE }
                    record Cap(String grade, int max) { }
                    private final Map<String, Integer> caps = new HashMap<>(Map.of("K", 20));
                    public String id() { return "plain"; }
                    public String description() { return "Plain Java: " + Band.values().length + " bands."; }
                    public ClassSizeLimits limits(List<String> grades, SchoolRequest school) {
                        assert !grades.isEmpty();
                        int[] counts = new int[] {1, 2};
                        int[] copy = counts.clone();
                        Band band = grades.size() > 1 ? Band.LARGE : Band.valueOf("SMALL");
                        int extra = switch (band) { case SMALL -> 0; case LARGE -> 1; };
                        String key = switch (grades.get(0)) { case "K" -> "K"; default -> "other"; };
                        List<Cap> capped = grades.stream().map(g -> new Cap(g, caps.getOrDefault(g, 25)))
                                .sorted(Comparator.comparingInt(Cap::max)).collect(Collectors.toList());
                        int max = capped.stream().mapToInt(Cap::max).min().orElse(25)
                                + new BigDecimal("0.4").intValue() + extra + copy.length - 2;
                        String.format("%s %d", key, max).hashCode();
                        Object boxed = max;
                        if (boxed instanceof Integer value && value > 0) {
                            return new ClassSizeLimits(Math.min(5, value), value);
                        }
                        synchronized (caps) {
                            try { caps.wait(1); } catch (InterruptedException e) { throw new IllegalStateException(e); }
                        }
                        return null;
                    }
                }
                """, POLICY, "1");

        assertThat(PluginCode.reachBeyondTheApi(jar)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an exit by reflection, the names built at run time"
                + "|Class.forName(\"java.lang.\" + \"Sys\" + \"tem\").getMethod(\"exit\", int.class).invoke(null, 1);"
                + "|java.lang.Class.forName, java.lang.Class.getMethod, java.lang.reflect.Method.invoke",
        "a thread that outlives its call|new Thread(() -> { while (true) { } }).start();"
                + "|java.lang.Thread.<init>, java.lang.Thread.start",
        "an executor|java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> 1);"
                + "|java.util.concurrent.ExecutorService.submit, java.util.concurrent.Executors.newSingleThreadExecutor",
        "the common pool|java.util.concurrent.ForkJoinPool.commonPool().execute(() -> { });"
                + "|java.util.concurrent.ForkJoinPool.commonPool, java.util.concurrent.ForkJoinPool.execute",
        "a method handle|java.lang.invoke.MethodHandles.lookup();|java.lang.invoke.MethodHandles.lookup",
        "a method reference to System.exit|java.util.function.IntConsumer quit = System::exit; quit.accept(1);"
                + "|java.lang.System.exit",
        "a file|java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));"
                + "|java.nio.file.Files.readString, java.nio.file.Path.of",
        "the server's standard output|System.out.println(\"hello\");|java.io.PrintStream.println, java.lang.System.out",
        "the server's settings|Integer.getInteger(\"cruncher.queue\");|java.lang.Integer.getInteger",
        "a class loader|new java.net.URLClassLoader(new java.net.URL[0]);|java.net.URLClassLoader.<init>",
        "a service loader|java.util.ServiceLoader.load(Runnable.class);|java.util.ServiceLoader.load",
        "the application's own classes|org.classcruncher.planner.plugin.PluginLoader.load(null, null);"
                + "|org.classcruncher.planner.plugin.PluginLoader.load",
        "the runtime|Runtime.getRuntime().halt(1);|java.lang.Runtime.getRuntime, java.lang.Runtime.halt"})
    void codeReachingBeyondTheApiIsRefused(String what, String statement, String reached) throws Exception {
        Path jar = work.resolve("hostile.jar");
        PluginJars.write(jar, "district.Hostile", """
                package district;
                public class Hostile implements org.classcruncher.spi.ClassSizePolicy {
                    public String id() { return "hostile"; }
                    public String description() { return "Reaches beyond the API."; }
                    public org.classcruncher.api.ClassSizeLimits limits(java.util.List<String> grades,
                            org.classcruncher.api.SchoolRequest school) {
                        try {
                            %s
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return null;
                    }
                }
                """.formatted(statement), POLICY, "1");

        List<String> beyond = PluginCode.reachBeyondTheApi(jar);

        assertThat(beyond).as(what).containsExactlyElementsOf(
                List.of(reached.split(", ")).stream().map(member -> member + " in district/Hostile.class").toList());
    }
}
