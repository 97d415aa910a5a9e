package org.classcruncher.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ClassLabellerTest {

    @Test
    void lettersRunOnPastZAsASpreadsheetsColumns() {
        assertThat(IntStream.of(0, 1, 25, 26, 27, 51, 52, 701, 702).mapToObj(ClassLabeller::letters).toList())
                .isEqualTo(List.of("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"));
    }

    @Test
    void aClassAddedByHandTakesTheFirstFreeLetterOfItsGrades() {
        Set<String> taken = new HashSet<>(Set.of("2 A", "2 C", "2/3 A"));

        assertThat(ClassLabeller.freeLabel("2", taken)).isEqualTo("2 B");
        assertThat(ClassLabeller.freeLabel("2/3", taken)).isEqualTo("2/3 B");
        assertThat(ClassLabeller.freeLabel("4", taken)).isEqualTo("4 A");
        IntStream.range(0, 27).mapToObj(ClassLabeller::letters).forEach(letters -> taken.add("5 " + letters));
        assertThat(ClassLabeller.freeLabel("5", taken)).isEqualTo("5 AB");
    }
}
