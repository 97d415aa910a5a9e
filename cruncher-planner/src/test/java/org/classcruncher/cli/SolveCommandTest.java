package org.classcruncher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.bind.JsonbBuilder;

import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

    private static final String SEED = """
            {"name": "Seed example", "teachers": 6, "minSubclassSize": 5,
             "grades": [{"grade": "K", "children": 32, "minClassSize": 10, "maxClassSize": 25},
                        {"grade": "1", "children": 57, "minClassSize": 10, "maxClassSize": 25},
                        {"grade": "2", "children": 21, "minClassSize": 10, "maxClassSize": 25}],
             "composites": [{"grades": ["K", "1"]}]}
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneResultPerSchoolOfAFolderInTheRestApisFormat() throws IOException {
        Files.writeString(folder.resolve("a-seed.json"), SEED);
        Files.writeString(folder.resolve("b-short.json"), SEED.replace("\"teachers\": 6", "\"teachers\": 4"));

        int status = run(folder.toString(), "--alternatives", "2");

        assertThat(status).isZero();
        List<SolveResult> results = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> JsonbBuilder.create().fromJson(line, SolveResult.class))
                .toList();
        assertThat(results).extracting(SolveResult::id).containsExactly("a-seed", "b-short");
        assertThat(results.get(0).status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(results.get(0).plans()).hasSize(2);
        assertThat(results.get(1).status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(results.get(1).diagnosis().teachersNeeded()).isEqualTo(5);
    }

    @Test
    void runsTheSeedFormulationWhenAsked() throws IOException {
        Files.writeString(folder.resolve("seed.json"), SEED);

        int status = run(folder.resolve("seed.json").toString(), "--formulation", "seed", "--alternatives", "1");

        assertThat(status).isZero();
        SolveResult result = JsonbBuilder.create().fromJson(out.toString(StandardCharsets.UTF_8), SolveResult.class);
        assertThat(result.school().options().formulation()).isEqualTo("seed");
        assertThat(result.plugins()).containsExactly("humanise@1");
    }

    @Test
    void reportsAnInvalidSchoolByFileAndFieldAndGoesOn() throws IOException {
        Files.writeString(folder.resolve("a-bad.json"), SEED.replace("[\"K\", \"1\"]", "[\"K\", \"3\"]"));
        Files.writeString(folder.resolve("b-good.json"), SEED);

        int status = run(folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("a-bad.json: composites[K/3].grades: composite K/3 names grade 3, which the school does not teach");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void rejectsAnUnknownOptionWithUsage() {
        assertThat(run("school.json", "--fast")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unexpected argument --fast", "usage:");
    }

    private int run(String... args) {
        return SolveCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
