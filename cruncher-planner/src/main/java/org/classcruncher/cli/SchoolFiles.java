package org.classcruncher.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;

/** Reads schools from JSON files in the project's format, as the REST API does (JSON-B, same defaults). */
public final class SchoolFiles {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private SchoolFiles() {
    }

    /** The school in {@code file}; a file that is not a valid school fails with a message naming file and field. */
    public static SchoolRequest read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The school {@code reader} gives, {@code name} saying where it comes from in a failure's message. */
    public static SchoolRequest read(Reader reader, String name) {
        try {
            return JSONB.fromJson(reader, SchoolRequest.class);
        } catch (JsonbException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidSchoolException invalid) {
                    throw new IllegalArgumentException(name + ": " + invalid.field() + ": " + invalid.getMessage(), e);
                }
            }
            throw new IllegalArgumentException(name + ": not a school in JSON: " + e.getMessage(), e);
        }
    }

    /** {@code path} itself if it is a file, else the {@code *.json} files in that folder, sorted by name. */
    public static List<Path> list(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }
}
