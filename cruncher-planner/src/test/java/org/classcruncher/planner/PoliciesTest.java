package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.classcruncher.api.SolveOptions;
import org.classcruncher.planner.plugin.PluginLoader;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    private final PluginLoader.Found builtIns = PluginLoader.load(getClass().getClassLoader(), null);

    @Test
    void selectsTheBalancingRulesARequestNames() {
        Policies policies = Policies.select(new SolveOptions(null, null, null, null, "seed", null, null), builtIns, null,
                null);

        assertThat(policies.balancing()).extracting(rule -> rule.id()).containsExactly("humanise");
        assertThat(policies.weighting()).isNull();
        assertThat(policies.sizePolicy()).isNull();
    }

    @Test
    void namesTheOptionAndListsTheInstalledPluginsForAnUnknownId() {
        assertThatThrownBy(() -> Policies.select(new SolveOptions(null, null, null, java.util.List.of("shuffle"),
                null, null, null), builtIns, null, null))
                .isInstanceOfSatisfying(UnknownPolicy.class,
                        unknown -> assertThat(unknown.field()).isEqualTo("options.balancing"))
                .hasMessage("no balancing plugin 'shuffle' is installed; installed: [humanise]");
    }

    @Test
    void fallsBackToTheDistrictsDefaultsOnlyWhereTheRequestNamesNone() {
        assertThatThrownBy(() -> Policies.select(SolveOptions.defaults(), builtIns, null, "atlantis"))
                .isInstanceOfSatisfying(UnknownPolicy.class,
                        unknown -> assertThat(unknown.field()).isEqualTo("options.sizePolicy"))
                .hasMessage("no size policy 'atlantis' is installed; installed: []");
    }
}
