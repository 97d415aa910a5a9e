package org.classcruncher.plugin.control;

import java.io.IOException;
import java.net.MalformedURLException;
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
import java.util.stream.Stream;

import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ObjectiveWeighting;

/**
 * Finds policy plugins with {@link ServiceLoader}: the built-ins shipped with the application, then every jar in
 * the plugins folder, each in its own class loader whose parent is the application's. A provider that fails to
 * load, or repeats an id already taken, is reported as a {@link PluginProblem} and skipped; nothing a plugin does
 * stops the others from loading.
 */
public final class PluginLoader {

    /** What was found. */
    public record Found(Map<String, ObjectiveWeighting> weightings, Map<String, BalancingRule> balancingRules,
                        List<InstalledPlugin> installed, List<PluginProblem> problems) {
    }

    private final Map<String, ObjectiveWeighting> weightings = new LinkedHashMap<>();
    private final Map<String, BalancingRule> balancingRules = new LinkedHashMap<>();
    private final List<InstalledPlugin> installed = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();

    private PluginLoader() {
    }

    /** @param folder the plugins folder, or {@code null} for built-ins only */
    public static Found load(ClassLoader application, Path folder) {
        PluginLoader loader = new PluginLoader();
        loader.loadFrom(application, "built-in", application);
        for (Path jar : jars(folder, loader.problems)) {
            try {
                URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, application);
                loader.loadFrom(jarLoader, jar.getFileName().toString(), application);
            } catch (MalformedURLException e) {
                loader.problems.add(new PluginProblem(jar.toString(), e.getMessage()));
            }
        }
        return new Found(Map.copyOf(loader.weightings), Map.copyOf(loader.balancingRules),
                List.copyOf(loader.installed), List.copyOf(loader.problems));
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
                ObjectiveWeighting::description, "weighting", weightings);
        load(BalancingRule.class, classLoader, source, application, BalancingRule::id,
                BalancingRule::description, "balancing", balancingRules);
    }

    private <T> void load(Class<T> spi, ClassLoader classLoader, String source, ClassLoader application,
                          Function<T, String> id, Function<T, String> description, String kind,
                          Map<String, T> found) {
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
                    installed.add(new InstalledPlugin(pluginId, kind, description.apply(plugin), source));
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(source, e.toString()));
            }
        }
    }
}
