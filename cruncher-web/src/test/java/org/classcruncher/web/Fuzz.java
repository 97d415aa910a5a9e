package org.classcruncher.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Bad requests, generated from a seed, over every endpoint of the API (the operations of META-INF/openapi.yaml):
 * numbers that are huge, negative, fractional or quoted, wrong types, null entries, deep nesting, bodies over the
 * limit, invalid UTF-8, garbage query parameters and path ids, wrong or missing Content-Type, wrong methods, as a
 * school user, as the district admin and anonymously. Every request is certainly invalid, so none of them queues a
 * solve or creates anything: each body that could be bound carries at least one error the API must refuse (a
 * number out of range, a wrong type), whatever noise comes with it. Admin-only changes are only sent with bodies or
 * ids that cannot succeed, and no request carries a password, so no account is locked by the run.
 */
final class Fuzz {

    /** One generated request. */
    record Request(String method, String path, String authorization, String contentType, String accept,
                   byte[] body, boolean chunked, String kind) {

        @Override
        public String toString() {
            return kind + ": " + method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
                    + (authorization == null ? " (anonymous)" : "") + (contentType == null ? "" : " [" + contentType
                    + "]") + (body == null ? "" : " " + body.length + " bytes");
        }
    }

    /** What a run saw: answers per status and per described operation, the slowest, the ones that broke a rule. */
    static final class Tally {
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> described = new TreeMap<>();
        final List<String> wrong = new ArrayList<>();
        int requests;
        long slowestMillis;
        String slowest = "";

        synchronized void add(Request request, int status, String contentType, long millis, String body) {
            requests++;
            statuses.merge(status, 1, Integer::sum);
            if (request.kind().startsWith(DESCRIBED)) {
                described.merge(request.kind().substring(DESCRIBED.length()), 1, Integer::sum);
            }
            if (millis > slowestMillis) {
                slowestMillis = millis;
                slowest = request.toString();
            }
            boolean allowed = status >= 400 && status < 500;
            boolean problem = contentType != null && contentType.startsWith("application/problem+json");
            if (!allowed || !problem || millis > 2_000) {
                if (wrong.size() < 30) {
                    wrong.add(request + " -> " + status + " " + contentType + " in " + millis + " ms: "
                            + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
                } else if (wrong.size() == 30) {
                    wrong.add("…");
                }
            }
        }

        synchronized void failed(Request request, Exception e) {
            requests++;
            statuses.merge(-1, 1, Integer::sum);
            if (wrong.size() < 30) {
                wrong.add(request + " -> no answer: " + e);
            }
        }

        synchronized void addAll(Tally other) {
            requests += other.requests;
            other.statuses.forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            other.described.forEach((operation, count) -> described.merge(operation, count, Integer::sum));
            if (other.slowestMillis > slowestMillis) {
                slowestMillis = other.slowestMillis;
                slowest = other.slowest;
            }
            other.wrong.forEach(line -> {
                if (wrong.size() < 30) {
                    wrong.add(line);
                }
            });
        }

        String figures(String run, long seed) {
            return "Fuzz " + run + " (seed " + seed + "): " + requests + " requests, statuses " + statuses
                    + ", slowest answer " + slowestMillis + " ms (" + slowest + ")";
        }
    }

    private static final String API = "api/v1/";
    private static final String GRADE = "{\"grade\": \"%s\", \"children\": %s, \"minClassSize\": 10, \"maxClassSize\": 25}";
    private static final String[] BAD_INTS = {"4294967302", "-4294967290", "2147483648", "-2147483649", "6.9", "6.0",
        "1e2", "1E400", "1e999999999", "-0.5", "\"6\"", "\"six\"", "true", "false", "[6]", "{}", "{\"n\": 6}",
        "99999999999999999999999999999999", "-1", "1000001"};
    private static final String[] BAD_TEXT_VALUES = {"5", "-1.5", "true", "[]", "{}", "[\"a\"]", "{\"a\": 1}"};
    private static final String[] CONTENT_TYPES = {null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/octet-stream", ";;;", "application/", "/json", "json",
        "application/json; charset=ISO-8859-1", "application/json; charset=utf-16", "application/json; charset=nonsense",
        "text/html; charset=utf-8", "*/*", "application/*"};
    private static final String[] ACCEPTS = {"text/html", "application/xml", "image/png", "text/csv", ";;", "*/*"};
    /**
     * Fields of the wrong type for every body of the API (tokens, schools, accounts, password change, school, batch): added to
     * bodies whose main error is noise (bad bytes, deep nesting, size), so that such a body stays invalid even if the
     * noise were let through, and never reaches a password check.
     */
    private static final String POISON = "\"currentPassword\": 5, \"newPassword\": 5, \"name\": 5, \"id\": 5, "
            + "\"username\": 5, \"unlock\": \"x\", \"teachers\": 0, \"schools\": 5";
    private static final byte[] LARGE_NAME = "x".repeat((1 << 20) + 50_000).getBytes(StandardCharsets.US_ASCII);

    /** The kind of a request generated from an operation of the API description: "described: GET /api/v1/me". */
    static final String DESCRIBED = "described: ";

    private final Random random;
    private final String user;
    private final String admin;
    private final List<OpenApiOperations.Operation> operations;
    private final List<Supplier<Request>> generators = List.of(this::badSchool, this::badSchool, this::badSchool,
            this::badBatch, this::badQuery, this::badQuery, this::badPathId, this::badPathId, this::badOtherBody,
            this::badOtherBody, this::wrongContentType, this::wrongMethod, this::notJson, this::deepNesting,
            this::invalidUtf8, this::badAccept, this::described, this::described, this::described, this::described);

    /** @param operations the API's operations (OpenApiOperations); those of /api/v1 are all fuzzed */
    Fuzz(long seed, String userBearer, String adminBearer, List<OpenApiOperations.Operation> operations) {
        this.random = new Random(seed);
        this.user = userBearer;
        this.admin = adminBearer;
        this.operations = operations.stream().filter(operation -> operation.path().startsWith("/" + API)).toList();
    }

    /** The next request: one in a hundred has a body over 1 MiB. */
    Request next() {
        return random.nextInt(100) == 0 ? largeBody() : generators.get(random.nextInt(generators.size())).get();
    }

    /** Sends the request; the answer goes into the tally. */
    static void send(HttpClient client, URI base, Request request, Tally tally) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : request.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), body);
        if (request.authorization() != null) {
            builder.header("Authorization", request.authorization());
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            tally.add(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), millis,
                    response.body());
        } catch (IOException e) {
            tally.failed(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    // --- generators: each answers a request the API must refuse ---

    /** Most calls as the school user, some as the admin, some anonymously. */
    private String who() {
        int roll = random.nextInt(10);
        return roll < 7 ? user : roll < 9 ? admin : null;
    }

    private String bad(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String school(String teachers, String children, String extra) {
        return "{\"name\": \"Fuzz\", \"teachers\": " + teachers + ", \"grades\": [" + GRADE.formatted("K", children)
                + ", " + GRADE.formatted("1", "20") + "], \"composites\": [{\"grades\": [\"K\", \"1\"]}]" + extra + "}";
    }

    /** A school with one certain error (and sometimes a second). */
    private String invalidSchool() {
        return switch (random.nextInt(14)) {
            case 0 -> school(bad(BAD_INTS), "20", "");
            case 1 -> school("6", bad(BAD_INTS), "");
            case 2 -> school("6", "20", ", \"options\": {\"timeLimitSeconds\": " + bad(BAD_INTS) + "}");
            case 3 -> school("6", "20", ", \"options\": {\"alternatives\": " + bad(BAD_INTS) + "}");
            case 4 -> school("6", "20", ", \"minSubclassSize\": " + bad(BAD_INTS));
            case 5 -> school("0", "20", "").replace("\"grades\": [", "\"grades\": [null, ");
            case 6 -> school("6", "20", "").replace("[\"K\", \"1\"]", "[\"K\", null]");
            case 7 -> school("6", "20", ", \"name\": " + bad(BAD_TEXT_VALUES));
            case 8 -> "{\"teachers\": 6, \"grades\": " + bad(new String[] {"{}", "\"K\"", "5", "[]", "[[]]", "[5]"}) + "}";
            case 9 -> manyGrades();
            case 10 -> school("6", "20", "").replace("\"name\": \"Fuzz\"", "\"name\": \"" + "n".repeat(201 + random.nextInt(5000)) + "\"");
            case 11 -> school("6", "20", ", \"options\": {\"formulation\": \"fuzz-" + random.nextInt(1000) + "\"}");
            case 12 -> school("6", "20", ", \"options\": {\"sizePolicy\": \"no-such-policy-" + random.nextInt(1000) + "\"}");
            default -> school(random.nextBoolean() ? "null" : "-" + random.nextInt(100), "20",
                    ", \"unknown\": [" + "1,".repeat(random.nextInt(1000)) + "1]");
        };
    }

    private String manyGrades() {
        StringBuilder grades = new StringBuilder();
        int count = 31 + random.nextInt(200);
        for (int g = 0; g < count; g++) {
            grades.append(g == 0 ? "" : ", ").append(GRADE.formatted("G" + g, "20"));
        }
        return "{\"teachers\": 6, \"grades\": [" + grades + "]}";
    }

    private Request json(String method, String path, String body, String kind) {
        return new Request(method, path, who(), "application/json", null, body.getBytes(StandardCharsets.UTF_8), false,
                kind);
    }

    private Request badSchool() {
        return json("POST", API + "solves" + (random.nextInt(5) == 0 ? "?school=" + garbage() : ""), invalidSchool(),
                "bad school");
    }

    private Request badBatch() {
        String body = switch (random.nextInt(5)) {
            case 0 -> "{\"schools\": [null]}";
            case 1 -> "{\"schools\": [" + school("6", "20", "") + ", null]}";
            case 2 -> "{\"schools\": " + bad(new String[] {"{}", "5", "\"a\"", "[5]", "[[]]", "true"}) + "}";
            case 3 -> "{\"schools\": [" + school("6", "20", "") + ", " + invalidSchool() + "]}";
            default -> "{\"schools\": []}";
        };
        return json("POST", API + "batches", body, "bad batch");
    }

    private Request badQuery() {
        String[] badNumbers = {"-1", "1e9", "2.5", "abc", "20000000", "99999999999999999999", "0x10", "%20-3", "NaN",
            "1000001", "2147483648"};
        String value = enc(bad(badNumbers));
        String query = switch (random.nextInt(11)) {
            case 0 -> "solves?page=" + value;
            case 1 -> "solves?size=" + (random.nextBoolean() ? "0" : random.nextBoolean() ? "201" : value);
            case 2 -> "solves?page=20000000&size=200";
            case 3 -> "solves?sort=" + enc(bad(new String[] {"name", "id", "submittedAt desc", "1", "school;drop"}));
            case 4 -> "solves?order=" + enc(bad(new String[] {"up", "down", "ascending", "1", "descc"}));
            case 5 -> "solves?status=" + enc(bad(new String[] {"X", "DONE", "solved!", "1", "QUEUED,RUNNING"}));
            case 6 -> "solves?from=" + enc(bad(new String[] {"yesterday", "2026-13-01T00:00:00Z", "1700000000", "2026-01-01"}));
            case 7 -> "solves?q=" + enc("q".repeat(201 + random.nextInt(2000)));
            case 8 -> "audit?page=" + value;
            case 9 -> "audit?size=" + (random.nextBoolean() ? "501" : value);
            default -> "solves/" + UUID.randomUUID() + "/plan.csv?rank=" + (random.nextBoolean() ? "0" : value);
        };
        return new Request("GET", API + query, who(), null, random.nextInt(4) == 0 ? "application/json" : null, null,
                false, "bad query");
    }

    /** A path id that is certainly no existing thing's, percent-encoded so that it is a valid URI. */
    private String garbage() {
        return switch (random.nextInt(8)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "x".repeat(1 + random.nextInt(3000));
            case 2 -> enc("zz-fuzz-" + random.nextLong());
            case 3 -> enc("'; drop table SOLVE_JOB; --");
            case 4 -> enc("\u00e9\u4e2d\ud83d\ude00" + random.nextInt());
            case 5 -> enc("<script>" + random.nextInt() + "</script>");
            case 6 -> enc(UUID.randomUUID() + " ");
            default -> Integer.toString(random.nextInt());
        };
    }

    private Request badPathId() {
        String id = garbage();
        String name = "zz-fuzz-" + Long.toHexString(random.nextLong());
        return switch (random.nextInt(10)) {
            case 7 -> json("POST", API + "solves/" + id + "/replan", "{}", "bad id");
            case 8 -> new Request("GET", API + "schools/" + id + "/inputs", who(), null, null, null, false, "bad id");
            case 9 -> new Request("PUT", API + "schools/" + id + "/inputs.csv", who(), "text/csv", null,
                    "grade,children,min_class_size,max_class_size\nK,1,1,1\n".getBytes(StandardCharsets.UTF_8), false,
                    "bad id");
            case 0 -> new Request("GET", API + "solves/" + id, who(), null, null, null, false, "bad id");
            case 1 -> new Request("DELETE", API + "solves/" + id, who(), null, null, null, false, "bad id");
            case 2 -> new Request("GET", API + "solves/" + id + "/plan.csv", who(), null, null, null, false, "bad id");
            case 3 -> new Request("GET", API + "batches/" + id, who(), null, null, null, false, "bad id");
            case 4 -> new Request("DELETE", API + "tokens/" + id, who(), null, null, null, false, "bad id");
            case 5 -> new Request("DELETE", API + "accounts/" + (random.nextBoolean() ? id : name), who(), null, null,
                    null, false, "bad id");
            default -> json("PATCH", API + "accounts/" + (random.nextBoolean() ? id : name),
                    "{\"role\": \"" + bad(new String[] {"school", "district-admin", "nobody"}) + "\"}", "bad id");
        };
    }

    /** Bodies of the other calls with a wrong type or a null entry: refused before any check of their values. */
    private Request badOtherBody() {
        String value = bad(BAD_TEXT_VALUES);
        return switch (random.nextInt(9)) {
            case 7 -> json("POST", API + "solves/" + UUID.randomUUID() + "/replan", "{\"teachers\": " + value
                    + ", \"grades\": {\"K\": {\"children\": " + value + "}}}", "bad body");
            case 8 -> json("PUT", API + "schools/zz-fuzz/inputs", "{\"teachers\": " + value + "}", "bad body");
            case 0 -> json("POST", API + "tokens", "{\"name\": " + value + "}", "bad body");
            case 1 -> json("POST", API + "tokens", "{\"name\": \"" + "t".repeat(101 + random.nextInt(5000)) + "\"}",
                    "bad body");
            case 2 -> json("POST", API + "schools", "{\"id\": " + value + ", \"name\": \"Fuzz\"}", "bad body");
            case 3 -> json("POST", API + "accounts", "{\"username\": " + value + ", \"role\": \"school\"}", "bad body");
            case 4 -> json("POST", API + "accounts", "{\"username\": \"zz-fuzz\", \"schools\": [null]}", "bad body");
            case 5 -> json("PATCH", API + "accounts/zz-fuzz-" + random.nextInt(1_000_000),
                    "{\"unlock\": " + bad(new String[] {"\"yes\"", "1", "[]", "{}"}) + "}", "bad body");
            default -> json("PUT", API + "me/password", "{\"currentPassword\": " + value + ", \"newPassword\": "
                    + value + "}", "bad body");
        };
    }

    private String bodyPath() {
        return API + bad(new String[] {"solves", "batches", "tokens", "schools", "accounts", "me/password",
            "accounts/zz-fuzz-" + random.nextInt(1000)});
    }

    private String methodOf(String path) {
        return path.endsWith("me/password") ? "PUT" : path.contains("accounts/") ? "PATCH" : "POST";
    }

    private Request wrongContentType() {
        String path = bodyPath();
        return new Request(methodOf(path), path, who(), bad(CONTENT_TYPES), null,
                ("{" + POISON + "}").getBytes(StandardCharsets.UTF_8), false, "wrong content type");
    }

    private Request wrongMethod() {
        String[][] wrong = {{"PUT", "solves"}, {"PATCH", "solves"}, {"DELETE", "solves"}, {"POST", "solves/" + UUID.randomUUID()},
            {"PUT", "solves/" + UUID.randomUUID()}, {"POST", "me"}, {"DELETE", "me"}, {"GET", "me/password"},
            {"POST", "me/password"}, {"PUT", "tokens"}, {"PATCH", "tokens"}, {"POST", "audit"}, {"DELETE", "plugins"},
            {"PUT", "plugins/rescan"}, {"GET", "batches"}, {"PUT", "batches"}, {"DELETE", "schools"},
            {"PUT", "accounts"}, {"POST", "accounts/zz-fuzz"}, {"GET", "accounts/zz-fuzz"}, {"POST", "solves/x/plan.csv"},
            {"GET", "no-such-path/" + random.nextInt(1000)}};
        String[] call = wrong[random.nextInt(wrong.length)];
        boolean withBody = !call[0].equals("GET") && !call[0].equals("DELETE") && random.nextBoolean();
        return new Request(call[0], API + call[1], who(), withBody ? "application/json" : null, null,
                withBody ? "{\"teachers\": 0}".getBytes(StandardCharsets.UTF_8) : null, false, "wrong method");
    }

    private Request notJson() {
        byte[] body = switch (random.nextInt(7)) {
            case 0 -> new byte[0];
            case 1 -> randomBytes(1 + random.nextInt(2000));
            case 2 -> school("6", "20", "").substring(0, 1 + random.nextInt(60)).getBytes(StandardCharsets.UTF_8);
            case 3 -> bad(new String[] {"null", "[]", "\"text\"", "5", "true", "[null]", "[] {}", "{\"teachers\": 0}}"})
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> "teachers=4&grades=K".getBytes(StandardCharsets.UTF_8);
            case 5 -> ("\ufeff{" + POISON + "}").getBytes(StandardCharsets.UTF_8);
            default -> ("{" + POISON + "}").getBytes(StandardCharsets.UTF_16);
        };
        String path = bodyPath();
        return new Request(methodOf(path), path, who(), "application/json", null, body, false, "not json");
    }

    private Request deepNesting() {
        int depth = 33 + random.nextInt(10_000);
        String deep = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
        String body = switch (random.nextInt(3)) {
            case 0 -> school(deep, "20", "");
            case 1 -> "{" + POISON + ", \"extra\": " + deep + "}";
            default -> deep;
        };
        String path = random.nextInt(3) == 0 ? bodyPath() : API + "solves";
        return new Request(methodOf(path), path, who(), "application/json", null, body.getBytes(StandardCharsets.UTF_8),
                false, "deep nesting " + depth);
    }

    private Request invalidUtf8() {
        byte[] prefix = ("{" + POISON.replace("\"name\": 5, ", "") + ", \"name\": \"").getBytes(StandardCharsets.UTF_8);
        byte[][] broken = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};
        byte[] bad = broken[random.nextInt(broken.length)];
        byte[] suffix = "\", \"grades\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        String path = bodyPath();
        return new Request(methodOf(path), path, who(), "application/json", null, body, false, "invalid UTF-8");
    }

    private Request badAccept() {
        String path = API + bad(new String[] {"solves/" + garbage(), "batches/" + garbage(), "solves?size=0",
            "no-such-path"});
        return new Request("GET", path, who(), null, bad(ACCEPTS), null, false, "bad accept");
    }

    /**
     * A request for any operation of the API description, certainly refused whatever the operation: its path ids are
     * no existing thing's, its body (if it takes one) has fields of the wrong type, one of its query parameters is
     * longer than any the API accepts; an operation with none of these is called without a login or with a token
     * that does not exist.
     */
    private Request described() {
        OpenApiOperations.Operation operation = operations.get(random.nextInt(operations.size()));
        String path = operation.path().substring(1);
        boolean ids = path.contains("{");
        while (path.contains("{")) {
            path = path.substring(0, path.indexOf('{')) + garbage() + path.substring(path.indexOf('}') + 1);
        }
        String kind = DESCRIBED + operation;
        boolean nothingElseToGetWrong = !ids && !operation.takesBody() && operation.queryParameters().isEmpty();
        if (nothingElseToGetWrong || random.nextInt(5) == 0) {
            String nobody = random.nextBoolean() ? null : "Bearer " + UUID.randomUUID();
            return new Request(operation.method(), path, nobody, null, null, null, false, kind);
        }
        if (!ids && !operation.takesBody()) {
            String parameter = operation.queryParameters().get(random.nextInt(operation.queryParameters().size()));
            path += "?" + parameter + "=" + "x".repeat(300 + random.nextInt(3000));
        }
        byte[] body = operation.takesBody() ? ("{" + POISON + "}").getBytes(StandardCharsets.UTF_8) : null;
        return new Request(operation.method(), path, who(), body == null ? null : "application/json", null, body,
                false, kind);
    }

    /** Over 1 MiB, with a stated length or chunked (and invalid anyway: its name alone is too long). */
    private Request largeBody() {
        byte[] prefix = ("{" + POISON.replace("\"name\": 5, ", "") + ", \"name\": \"").getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + LARGE_NAME.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(LARGE_NAME, 0, body, prefix.length, LARGE_NAME.length);
        System.arraycopy(suffix, 0, body, prefix.length + LARGE_NAME.length, suffix.length);
        String path = random.nextBoolean() ? API + "solves" : bodyPath().replace("batches", "solves");
        return new Request(methodOf(path), path, who(), "application/json", null, body, random.nextBoolean(),
                "large body");
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
