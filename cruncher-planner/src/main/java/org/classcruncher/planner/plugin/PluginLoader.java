package org.classcruncher.planner.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.classcruncher.api.InstalledPlugin;
import org.classcruncher.api.PluginProblem;
import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ClassSizePolicy;
import org.classcruncher.spi.ObjectiveWeighting;
import org.classcruncher.spi.PlanRule;
import org.classcruncher.spi.SpiVersion;

/**
 * Finds policy plugins with {@link ServiceLoader}: the built-ins shipped with the application, then every jar in
 * the plugins folder, each in its own class loader whose parent is the application's. A jar that cannot be read or
 * states another SPI major version in its manifest, a provider that fails to load, or one that repeats an id
 * already taken, is reported as a {@link PluginProblem} and skipped; nothing a plugin does stops the others. A jar
 * whose code reaches beyond the plugin API and plain Java types (reflection, threads, {@code System}, I/O) is refused
 * before any of it loads ({@link PluginCode}).
 */
public final class PluginLoader {

    /** What was found. */
    public record Found(Map<String, ObjectiveWeighting> weightings, Map<String, BalancingRule> balancingRules,
                        Map<String, ClassSizePolicy> sizePolicies, Map<String, PlanRule> planRules,
                        List<InstalledPlugin> installed, List<PluginProblem> problems) {

        /** Ids of the installed plugins of one kind ("weighting", "balancing", "size" or "rule"), for messages. */
        public List<String> ids(String kind) {
            return installed.stream().filter(plugin -> plugin.kind().equals(kind)).map(InstalledPlugin::id).toList();
        }
    }

    private final Map<String, ObjectiveWeighting> weightings = new LinkedHashMap<>();
    private final Map<String, BalancingRule> balancingRules = new LinkedHashMap<>();
    private final Map<String, ClassSizePolicy> sizePolicies = new LinkedHashMap<>();
    private final Map<String, PlanRule> planRules = new LinkedHashMap<>();
    private final List<InstalledPlugin> installed = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();

    private PluginLoader() {
    }

    /** @param folder the plugins folder, or {@code null} for built-ins only */
    public static Found load(ClassLoader application, Path folder) {
        PluginLoader loader = new PluginLoader();
        loader.loadFrom(application, "built-in", application);
        for (Path jar : jars(folder, loader.problems)) {
            String source = jar.getFileName().toString();
            try {
                String stated = statedSpiVersion(jar);
                if (stated != null && !SpiVersion.compatible(stated)) {
                    loader.problems.add(new PluginProblem(source, "built for SPI version " + stated + ", but this "
                            + "server has SPI version " + SpiVersion.CURRENT));
                    continue;
                }
                List<String> beyond = PluginCode.reachBeyondTheApi(jar);
                if (!beyond.isEmpty()) {
                    loader.problems.add(new PluginProblem(source, "refused: a plugin may use only the plugin API "
                            + "and plain Java types (numbers, strings, math, collections), but it uses "
                            + String.join(", ", beyond.subList(0, Math.min(beyond.size(), 5)))
                            + (beyond.size() > 5 ? " and " + (beyond.size() - 5) + " more" : "")));
                    continue;
                }
                URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, application);
                loader.loadFrom(jarLoader, source, application);
                boolean heardOf = loader.installed.stream().anyMatch(plugin -> plugin.source().equals(source))
                        || loader.problems.stream().anyMatch(problem -> problem.source().equals(source));
                if (!heardOf) {
                    loader.problems.add(new PluginProblem(source, "provides no policy: no META-INF/services file "
                            + "names an implementation of ClassSizePolicy, ObjectiveWeighting, BalancingRule or PlanRule"));
                }
            } catch (IOException | RuntimeException e) {
                loader.problems.add(new PluginProblem(source, "not a readable jar: " + e.getMessage()));
            }
        }
        return new Found(Map.copyOf(loader.weightings), Map.copyOf(loader.balancingRules),
                Map.copyOf(loader.sizePolicies), Map.copyOf(loader.planRules), List.copyOf(loader.installed), List.copyOf(loader.problems));
    }

    /** The SPI version the jar's manifest states, or {@code null} when it states none. */
    private static String statedSpiVersion(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue(SpiVersion.MANIFEST_ATTRIBUTE);
        }
    }

    private static List<Path> jars(Path folder, List<PluginProblem> problems) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            problems.add(new PluginProblem(folder.toString(), "cannot list the plugins folder: " + e.getMessage()));
            return List.of();
        }
    }

    private void loadFrom(ClassLoader classLoader, String source, ClassLoader application) {
        load(ObjectiveWeighting.class, classLoader, source, application, ObjectiveWeighting::id,
                ObjectiveWeighting::description, ObjectiveWeighting::version, "weighting", weightings);
        load(BalancingRule.class, classLoader, source, application, BalancingRule::id,
                BalancingRule::description, BalancingRule::version, "balancing", balancingRules);
        load(ClassSizePolicy.class, classLoader, source, application, ClassSizePolicy::id,
                ClassSizePolicy::description, ClassSizePolicy::version, "size", sizePolicies);
        load(PlanRule.class, classLoader, source, application, PlanRule::id, PlanRule::description,
                PlanRule::version, "rule", planRules);
    }

    private <T> void load(Class<T> spi, ClassLoader classLoader, String source, ClassLoader application,
                          Function<T, String> id, Function<T, String> description, Function<T, String> version,
                          String kind, Map<String, T> found) {
        var providers = ServiceLoader.load(spi, classLoader).stream().iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return;
                }
                ServiceLoader.Provider<T> provider = providers.next();
                // A jar's loader also sees the application's providers through its parent: take only its own.
                if (classLoader != application && provider.type().getClassLoader() != classLoader) {
                    continue;
                }
                T plugin = provider.get();
                String pluginId = id.apply(plugin);
                if (pluginId == null || pluginId.isBlank()) {
                    problems.add(new PluginProblem(source, provider.type().getName() + " has no id"));
                } else if (found.containsKey(pluginId)) {
                    problems.add(new PluginProblem(source, kind + " plugin id '" + pluginId + "' is already taken"));
                } else {
                    found.put(pluginId, plugin);
                    installed.add(new InstalledPlugin(pluginId, kind, version.apply(plugin), description.apply(plugin),
                            source));
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(source, e.toString()));
            }
        }
    }
}
