package org.classcruncher.plugin.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.classcruncher.api.DistrictDefaults;
import org.classcruncher.api.InstalledPlugin;
import org.classcruncher.api.PluginProblem;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.UnknownPolicy;
import org.classcruncher.planner.plugin.PluginLoader;

/**
 * The policy plugins of this server: loaded at start-up and again whenever {@link #rescan()} finds the plugins
 * folder changed (jars added, replaced or removed), so districts never restart the server for a plugin. A CDI bean
 * rather than an EJB because it creates class loaders, which the EJB rules forbid. The folder comes from the system
 * property {@value #FOLDER_PROPERTY} (the start script sets it); without it only the built-ins are available.
 *
 * <p>A solve keeps the policy objects it started with; a rescan only changes what later solves get.
 *
 * <p>A plugin from a jar that runs past its time budget {@code cruncher.policies.overrunsBeforeDisable} (3) times is
 * disabled (unless it is a built-in or the district's default): later solves cannot choose it, and it is listed
 * among the problems until its jar is replaced.
 */
@ApplicationScoped
public class PluginRegistry {

    public static final String FOLDER_PROPERTY = "cruncher.plugins.dir";

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    @ConfigProperty(name = "cruncher.policies.overrunsBeforeDisable", defaultValue = "3")
    int overrunsBeforeDisable;

    /** The district's defaults are never disabled: every request that names no policy would be refused. */
    @Inject
    @ConfigProperty(name = "cruncher.policies.size")
    Optional<String> defaultSizePolicy;

    @Inject
    @ConfigProperty(name = "cruncher.policies.weighting")
    Optional<String> defaultWeighting;

    /** Plan rule ids, separated by commas. */
    @Inject
    @ConfigProperty(name = "cruncher.policies.rules")
    Optional<String> defaultRules;

    /** The policies a request that names none gets, as the district configured them. */
    public DistrictDefaults districtDefaults() {
        return new DistrictDefaults(defaultSizePolicy.orElse(null), defaultWeighting.orElse(null),
                Arrays.stream(defaultRules.orElse("").split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList());
    }

    private volatile PluginLoader.Found loaded;
    private volatile PluginLoader.Found found;
    private volatile List<String> folderState = List.of();

    /** Budget overruns per plugin of a jar, keyed by {@link #key}; the disabled ones. */
    private final Map<String, Integer> overruns = new HashMap<>();
    private final Set<String> disabled = new HashSet<>();

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
        loaded = PluginLoader.load(PluginRegistry.class.getClassLoader(), folder);
        folderState = state;
        found = withoutDisabled();
        loaded.installed().forEach(plugin -> LOG.info(() -> "Policy plugin " + plugin.kind() + " '" + plugin.id()
                + "' " + plugin.version() + " from " + plugin.source()));
        loaded.problems().forEach(problem -> LOG.warning(() -> "Policy plugin from " + problem.source()
                + " not loaded: " + problem.error()));
        return true;
    }

    /**
     * A solve abandoned a call into this plugin past its budget. Disables the plugin when it has done so too often;
     * built-in plugins and the district's defaults are never disabled.
     */
    public synchronized void overran(String kind, String id) {
        loaded.installed().stream()
                .filter(plugin -> plugin.kind().equals(kind) && plugin.id().equals(id))
                .filter(plugin -> !plugin.source().equals("built-in"))
                .filter(plugin -> !isDistrictDefault(plugin))
                .findFirst()
                .ifPresent(plugin -> {
                    String key = key(plugin);
                    if (overruns.merge(key, 1, Integer::sum) >= overrunsBeforeDisable && disabled.add(key)) {
                        LOG.warning(() -> "Policy plugin " + kind + " '" + id + "' from " + plugin.source()
                                + " disabled: it ran past its time budget " + overrunsBeforeDisable + " times");
                        found = withoutDisabled();
                    }
                });
    }

    /**
     * The policies a solve with these options runs with: those it names, else the district's defaults.
     *
     * @throws UnknownPolicy naming the option whose plugin is not installed
     */
    public Policies policiesFor(SolveOptions options) {
        DistrictDefaults defaults = districtDefaults();
        return Policies.select(options, current(), defaults.weighting(), defaults.sizePolicy(), defaults.rules());
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

    private boolean isDistrictDefault(InstalledPlugin plugin) {
        if (plugin.kind().equals("rule")) {
            return districtDefaults().rules().contains(plugin.id());
        }
        Optional<String> chosen = switch (plugin.kind()) {
            case "size" -> defaultSizePolicy;
            case "weighting" -> defaultWeighting;
            default -> Optional.empty();
        };
        return chosen.filter(plugin.id()::equals).isPresent();
    }

    /** The loaded plugins but the disabled ones, which are listed as problems instead. */
    private PluginLoader.Found withoutDisabled() {
        List<InstalledPlugin> off = loaded.installed().stream().filter(plugin -> disabled.contains(key(plugin)))
                .toList();
        if (off.isEmpty()) {
            return loaded;
        }
        List<PluginProblem> problems = new ArrayList<>(loaded.problems());
        off.forEach(plugin -> problems.add(new PluginProblem(plugin.source(), plugin.kind() + " plugin '"
                + plugin.id() + "' is disabled: it ran past its time budget " + overrunsBeforeDisable
                + " times; replace its jar to enable it again")));
        return new PluginLoader.Found(
                without(loaded.weightings(), off, "weighting"), without(loaded.balancingRules(), off, "balancing"),
                without(loaded.sizePolicies(), off, "size"), without(loaded.planRules(), off, "rule"),
                loaded.installed().stream().filter(plugin -> !off.contains(plugin)).toList(), List.copyOf(problems));
    }

    private static <T> Map<String, T> without(Map<String, T> plugins, List<InstalledPlugin> off, String kind) {
        Map<String, T> kept = new HashMap<>(plugins);
        off.stream().filter(plugin -> plugin.kind().equals(kind)).forEach(plugin -> kept.remove(plugin.id()));
        return Map.copyOf(kept);
    }

    /** A plugin of one version of its jar: a replaced jar (other size or time) starts with a clean record. */
    private String key(InstalledPlugin plugin) {
        String jar = folderState.stream().filter(entry -> entry.startsWith(plugin.source() + " ")).findFirst()
                .orElse(plugin.source());
        return jar + "|" + plugin.kind() + "|" + plugin.id();
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
