package org.classcruncher.plugin.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ClassSizePolicy;
import org.classcruncher.spi.ObjectiveWeighting;

/**
 * The policy plugins of this server, loaded once at start-up. A CDI bean rather than an EJB because it creates
 * class loaders, which the EJB rules forbid. The folder comes from the system property {@value #FOLDER_PROPERTY}
 * (the start script sets it); without it only the built-ins are available.
 */
@ApplicationScoped
public class PluginRegistry {

    public static final String FOLDER_PROPERTY = "cruncher.plugins.dir";

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private PluginLoader.Found found;

    @PostConstruct
    void load() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        found = PluginLoader.load(PluginRegistry.class.getClassLoader(), folder == null ? null : Path.of(folder));
        found.installed().forEach(plugin -> LOG.info(() -> "Policy plugin " + plugin.kind() + " '" + plugin.id()
                + "' from " + plugin.source()));
        found.problems().forEach(problem -> LOG.warning(() -> "Policy plugin from " + problem.source()
                + " not loaded: " + problem.error()));
    }

    public Optional<ObjectiveWeighting> weighting(String id) {
        return Optional.ofNullable(found.weightings().get(id));
    }

    public Optional<ClassSizePolicy> sizePolicy(String id) {
        return Optional.ofNullable(found.sizePolicies().get(id));
    }

    public Optional<BalancingRule> balancingRule(String id) {
        return Optional.ofNullable(found.balancingRules().get(id));
    }

    public List<InstalledPlugin> installed() {
        return found.installed();
    }

    public List<PluginProblem> problems() {
        return found.problems();
    }

    /** Ids of the installed plugins of one kind, for error messages. */
    public List<String> ids(String kind) {
        List<String> ids = new ArrayList<>();
        found.installed().stream().filter(plugin -> plugin.kind().equals(kind)).forEach(plugin -> ids.add(plugin.id()));
        return ids;
    }
}
