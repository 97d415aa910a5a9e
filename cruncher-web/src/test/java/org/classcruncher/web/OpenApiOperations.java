package org.classcruncher.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/** The operations the API documents (META-INF/openapi.yaml), read as data: what the fuzz test generates from. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One documented operation: "GET", "/api/v1/solves/{id}", its query parameters, whether it takes a body. */
    record Operation(String method, String path, List<String> queryParameters, boolean takesBody) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    /** The operations of the document in this module's sources, in its order. */
    static List<Operation> documented() {
        try (Reader yaml = Files.newBufferedReader(Path.of("src/main/resources/META-INF/openapi.yaml"))) {
            return read(new Yaml().load(yaml));
        } catch (IOException e) {
            throw new IllegalStateException("the API description cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Operation> read(Map<String, Object> document) {
        Map<String, Object> sharedParameters = (Map<String, Object>) ((Map<String, Object>) document
                .getOrDefault("components", Map.of())).getOrDefault("parameters", Map.of());
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> {
            Map<String, Object> pathItem = (Map<String, Object>) item;
            List<Object> pathParameters = (List<Object>) pathItem.getOrDefault("parameters", List.of());
            pathItem.forEach((key, value) -> {
                if (!METHODS.contains(key)) {
                    return;
                }
                Map<String, Object> operation = (Map<String, Object>) value;
                List<Object> parameters = new ArrayList<>(pathParameters);
                parameters.addAll((List<Object>) operation.getOrDefault("parameters", List.of()));
                List<String> query = new ArrayList<>();
                for (Object parameter : parameters) {
                    Map<String, Object> resolved = resolve((Map<String, Object>) parameter, sharedParameters);
                    if ("query".equals(resolved.get("in"))) {
                        query.add((String) resolved.get("name"));
                    }
                }
                operations.add(new Operation(key.toUpperCase(), path, List.copyOf(query),
                        operation.containsKey("requestBody")));
            });
        });
        return List.copyOf(operations);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> parameter, Map<String, Object> shared) {
        Object ref = parameter.get("$ref");
        if (ref == null) {
            return parameter;
        }
        String name = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
        return (Map<String, Object>) shared.get(name);
    }
}
