package org.classcruncher.planner.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classcruncher.api.InstalledPlugin;
import org.classcruncher.api.PluginProblem;

class PluginLoaderTest {

    @TempDir
    Path work;

    @Test
    void findsTheBuiltInHumaniseRuleWithoutAPluginsFolder() {
        PluginLoader.Found found = PluginLoader.load(getClass().getClassLoader(), null);

        assertThat(found.balancingRules()).containsKey("humanise");
        assertThat(found.installed()).extracting(InstalledPlugin::id, InstalledPlugin::source)
                .contains(tuple("humanise", "built-in"));
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void loadsAWeightingFromAJarInThePluginsFolder() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        pluginJar(plugins.resolve("district.jar"), "district.Flat", """
                package district;
                public class Flat implements org.classcruncher.spi.ObjectiveWeighting {
                    public String id() { return "flat"; }
                    public String description() { return "Every child costs the same."; }
                    public double childWeight(String grade, java.util.List<String> classGrades) { return 7; }
                }
                """, "org.classcruncher.spi.ObjectiveWeighting");

        PluginLoader.Found found = PluginLoader.load(getClass().getClassLoader(), plugins);

        assertThat(found.weightings()).containsKey("flat");
        assertThat(found.weightings().get("flat").childWeight("K", List.of("K"))).isEqualTo(7.0);
        assertThat(found.installed()).extracting(InstalledPlugin::id, InstalledPlugin::kind, InstalledPlugin::source)
                .contains(tuple("flat", "weighting", "district.jar"));
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void refusesAJarWhoseCodeWouldEndTheServerBeforeAnyOfItRuns() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        pluginJar(plugins.resolve("quits.jar"), "district.Quits", """
                package district;
                public class Quits implements org.classcruncher.spi.ObjectiveWeighting {
                    public Quits() { throw new IllegalStateException("constructed"); }
                    public String id() { return "quits"; }
                    public String description() { return "Ends the server."; }
                    public double childWeight(String grade, java.util.List<String> classGrades) {
                        if (grade.isEmpty()) { Runtime.getRuntime().halt(3); }
                        System.exit(1);
                        return 1;
                    }
                }
                """, "org.classcruncher.spi.ObjectiveWeighting");

        PluginLoader.Found found = PluginLoader.load(getClass().getClassLoader(), plugins);

        assertThat(found.weightings()).doesNotContainKey("quits");
        assertThat(found.problems()).extracting(PluginProblem::source, PluginProblem::error)
                .containsExactly(tuple("quits.jar", "refused: a plugin may use only the plugin API and plain Java "
                        + "types (numbers, strings, math, collections), but it uses java.lang.Runtime.getRuntime in "
                        + "district/Quits.class, java.lang.Runtime.halt in district/Quits.class, java.lang.System.exit "
                        + "in district/Quits.class"));
    }

    @Test
    void reportsABrokenJarAndADuplicateIdWithoutStoppingTheOthers() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(plugins.resolve("broken.jar"), Map.of(
                "META-INF/services/org.classcruncher.spi.ObjectiveWeighting", "district.Missing\n".getBytes(StandardCharsets.UTF_8)));
        pluginJar(plugins.resolve("copycat.jar"), "district.Copycat", """
                package district;
                public class Copycat implements org.classcruncher.spi.BalancingRule {
                    public String id() { return "humanise"; }
                    public String description() { return "Takes a name already taken."; }
                    public org.classcruncher.api.ClassPlan balance(org.classcruncher.api.ClassPlan plan,
                            org.classcruncher.api.SchoolRequest school) { return plan; }
                }
                """, "org.classcruncher.spi.BalancingRule");

        PluginLoader.Found found = PluginLoader.load(getClass().getClassLoader(), plugins);

        assertThat(found.problems()).extracting(PluginProblem::source).containsExactly("broken.jar", "copycat.jar");
        assertThat(found.problems().get(0).error()).contains("district.Missing");
        assertThat(found.problems().get(1).error()).contains("'humanise' is already taken");
        assertThat(found.balancingRules().get("humanise").getClass().getName())
                .isEqualTo("org.classcruncher.planner.Humaniser");
    }

    @Test
    void loadsASizePolicyAndRefusesAJarBuiltForAnotherSpiVersion() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        String policy = """
                package district;
                public class Cap20 implements org.classcruncher.spi.ClassSizePolicy {
                    public String id() { return "cap-20"; }
                    public String description() { return "At most 20."; }
                    public String version() { return "2.1"; }
                    public org.classcruncher.api.ClassSizeLimits limits(java.util.List<String> grades,
                            org.classcruncher.api.SchoolRequest school) {
                        return new org.classcruncher.api.ClassSizeLimits(1, 20);
                    }
                }
                """;
        pluginJar(plugins.resolve("current.jar"), "district.Cap20", policy, "org.classcruncher.spi.ClassSizePolicy");
        pluginJar(plugins.resolve("future.jar"), "district.Cap20", policy, "org.classcruncher.spi.ClassSizePolicy",
                "2");

        PluginLoader.Found found = PluginLoader.load(getClass().getClassLoader(), plugins);

        assertThat(found.sizePolicies()).containsOnlyKeys("cap-20");
        assertThat(found.installed()).extracting(InstalledPlugin::id, InstalledPlugin::kind, InstalledPlugin::version,
                InstalledPlugin::source).contains(tuple("cap-20", "size", "2.1", "current.jar"));
        assertThat(found.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("future.jar");
            assertThat(problem.error()).isEqualTo("built for SPI version 2, but this server has SPI version 1");
        });
    }

    @Test
    void reportsAJarWithoutServiceFile() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(plugins.resolve("empty.jar"), Map.of("readme.txt", "nothing here".getBytes(StandardCharsets.UTF_8)));

        PluginLoader.Found found = PluginLoader.load(getClass().getClassLoader(), plugins);

        assertThat(found.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("empty.jar");
            assertThat(problem.error()).startsWith("provides no policy: no META-INF/services file");
        });
    }

    @Test
    void reportsACorruptJar() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.writeString(plugins.resolve("corrupt.jar"), "not a zip");

        PluginLoader.Found found = PluginLoader.load(getClass().getClassLoader(), plugins);

        assertThat(found.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("corrupt.jar");
            assertThat(problem.error()).startsWith("not a readable jar");
        });
    }

    private static void pluginJar(Path jar, String className, String source, String spi) throws IOException {
        PluginJars.write(jar, className, source, spi, null);
    }

    private static void pluginJar(Path jar, String className, String source, String spi, String spiVersion)
            throws IOException {
        PluginJars.write(jar, className, source, spi, spiVersion);
    }

    private static void jar(Path jar, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                PluginJars.put(out, entry.getKey(), entry.getValue());
            }
        }
    }
}
