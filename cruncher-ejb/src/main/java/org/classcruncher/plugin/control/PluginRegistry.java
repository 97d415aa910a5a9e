package org.classcruncher.plugin.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The policy plugins of this server: loaded at start-up and again whenever {@link #rescan()} finds the plugins
 * folder changed (jars added, replaced or removed), so districts never restart the server for a plugin. A CDI bean
 * rather than an EJB because it creates class loaders, which the EJB rules forbid. The folder comes from the system
 * property {@value #FOLDER_PROPERTY} (the start script sets it); without it only the built-ins are available.
 *
 * <p>A solve keeps the policy objects it started with; a rescan only changes what later solves get.
 */
@ApplicationScoped
public class PluginRegistry {

    public static final String FOLDER_PROPERTY = "cruncher.plugins.dir";

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private volatile PluginLoader.Found found;
    private volatile List<String> folderState = List.of();

    @PostConstruct
    void load() {
        rescan();
    }

    /** Reloads the plugins if the folder changed since the last load; answers whether it did. */
    public synchronized boolean rescan() {
        Path folder = folder();
        List<String> state = state(folder);
        if (found != null && state.equals(folderState)) {
            return false;
        }
        found = PluginLoader.load(PluginRegistry.class.getClassLoader(), folder);
        folderState = state;
        found.installed().forEach(plugin -> LOG.info(() -> "Policy plugin " + plugin.kind() + " '" + plugin.id()
                + "' " + plugin.version() + " from " + plugin.source()));
        found.problems().forEach(problem -> LOG.warning(() -> "Policy plugin from " + problem.source()
                + " not loaded: " + problem.error()));
        return true;
    }

    /** The plugins loaded by the last scan. */
    public PluginLoader.Found current() {
        return found;
    }

    public List<InstalledPlugin> installed() {
        return found.installed();
    }

    public List<PluginProblem> problems() {
        return found.problems();
    }

    private static Path folder() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        return folder == null ? null : Path.of(folder);
    }

    /** Each jar's name, size and modification time: what tells that the folder changed. */
    private static List<String> state(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .map(PluginRegistry::describe)
                    .toList();
        } catch (IOException e) {
            return List.of("unreadable: " + e.getMessage());
        }
    }

    private static String describe(Path jar) {
        try {
            return jar.getFileName() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return jar.getFileName() + " unreadable";
        }
    }
}
