package org.classcruncher.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExportRoomTest {

    @Test
    void rendersAsManyAtOnceAsAllowedAndRefusesTheNextWithoutRenderingIt() {
        ExportRoom room = new ExportRoom(1);
        boolean[] renderedInside = {false};

        Optional<Optional<String>> outer = room.render(() -> room.render(() -> {
            renderedInside[0] = true;
            return "second";
        }));

        assertThat(outer).contains(Optional.empty());
        assertThat(renderedInside[0]).isFalse();
        assertThat(room.render(() -> "after")).as("the room is free again").contains("after");
        assertThatThrownBy(() -> room.render(() -> {
            throw new IllegalStateException("broken export");
        })).hasMessage("broken export");
        assertThat(room.render(() -> "after a failure")).as("a failed export leaves").contains("after a failure");
    }
}
