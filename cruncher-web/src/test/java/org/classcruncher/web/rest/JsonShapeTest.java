package org.classcruncher.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;

import org.assertj.core.api.AbstractThrowableAssert;
import org.classcruncher.account.boundary.AccountChange;
import org.classcruncher.account.boundary.NewAccount;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.problem.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonShapeTest {

    private static final String GRADE = "{\"grade\": \"K\", \"children\": %s, \"minClassSize\": 10, \"maxClassSize\": 25}";

    private static String school(String teachers) {
        return "{\"name\": \"Riverside\", \"teachers\": " + teachers + ", \"grades\": [" + GRADE.formatted("20")
                + "], \"options\": {\"alternatives\": 2, \"balancing\": [\"humanise\"]}}";
    }

    @Test
    void acceptsAValidSchoolAndPropertiesItDoesNotKnow() {
        assertThatCode(() -> JsonShape.check(school("6"), SchoolRequest.class)).doesNotThrowAnyException();
        assertThatCode(() -> JsonShape.check("{\"teachers\": -7, \"extra\": [1.5, null, {\"a\": \"b\"}], "
                + "\"grades\": null}", SchoolRequest.class)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4294967302   | teachers is out of range: 4294967302",
        "-4294967290  | teachers is out of range: -4294967290",
        "99999999999999999999999 | teachers must be a whole number, written without a fraction or exponent, not 99999999999999999999999",
        "6.9          | teachers must be a whole number, written without a fraction or exponent, not 6.9",
        "6.0          | teachers must be a whole number, written without a fraction or exponent, not 6.0",
        "1e2          | teachers must be a whole number, written without a fraction or exponent, not 1e2",
        "1e999999999  | teachers must be a whole number, written without a fraction or exponent, not 1e999999999",
        "'\"6\"'      | teachers must be a whole number, not the text \"6\"",
        "true         | teachers must be a whole number, not true",
        "[6]          | teachers must be a whole number, not a list",
        "{}           | teachers must be a whole number, not an object",
    })
    void refusesNumbersItWouldHaveToChangeNamingTheField(String teachers, String message) {
        assertRefused(school(teachers), SchoolRequest.class, "teachers", message);
    }

    @Test
    void namesNestedFieldsAsJsonPaths() {
        assertRefused("{\"teachers\": 6, \"grades\": [" + GRADE.formatted("20") + ", " + GRADE.formatted("2.5") + "]}",
                SchoolRequest.class, "grades[1].children",
                "grades[1].children must be a whole number, written without a fraction or exponent, not 2.5");
        assertRefused(school("6").replace("\"alternatives\": 2", "\"timeLimitSeconds\": 4294970896"),
                SchoolRequest.class, "options.timeLimitSeconds", "options.timeLimitSeconds is out of range: 4294970896");
        assertRefused("{\"schools\": [" + school("6") + ", " + school("\"6\"") + "]}", BatchesResource.Batch.class,
                "schools[1].teachers", "schools[1].teachers must be a whole number, not the text \"6\"");
        assertRefused("{\"teachers\": 6, \"name\": 5}", SchoolRequest.class, "name",
                "name must be text in quotes, not the number 5");
        assertRefused("{\"teachers\": 6, \"grades\": {}}", SchoolRequest.class, "grades",
                "grades must be a list, not an object");
        assertRefused("{\"teachers\": 6, \"options\": []}", SchoolRequest.class, "options",
                "options must be an object, not a list");
        assertRefused("{\"unlock\": \"yes\"}", AccountChange.class, "unlock",
                "unlock must be true or false, not the text \"yes\"");
    }

    @Test
    void refusesNullEntriesInLists() {
        assertRefused("{\"schools\": [null]}", BatchesResource.Batch.class, "schools[0]", "schools[0] must not be null");
        assertRefused("{\"teachers\": 6, \"grades\": [null]}", SchoolRequest.class, "grades[0]",
                "grades[0] must not be null");
        assertRefused("{\"teachers\": 6, \"composites\": [{\"grades\": [\"K\", null]}]}", SchoolRequest.class,
                "composites[0].grades[1]", "composites[0].grades[1] must not be null");
        assertRefused("{\"username\": \"x\", \"schools\": [\"a\", null]}", NewAccount.class, "schools[1]",
                "schools[1] must not be null");
    }

    @Test
    void refusesDeepNestingAnywhereWithoutOverflowingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertRefused("{\"teachers\": 6, \"x\": " + deep + "}", SchoolRequest.class, "x" + "[0]".repeat(31),
                "The body nests deeper than 32 levels at x" + "[0]".repeat(31) + ".");
        assertRefused("{\"teachers\": " + deep + "}", SchoolRequest.class, "teachers",
                "teachers must be a whole number, not a list");
        assertThatThrownBy(() -> JsonShape.check("{".repeat(100_000), SchoolRequest.class))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void refusesWhatIsNotOneJsonValue() {
        for (String body : new String[] {"teachers=4", "{\"teachers\": 6", "{\"teachers\": 6}}", "{} {}", "null",
            "\"text\"", "[]"}) {
            assertThatThrownBy(() -> JsonShape.check(body, SchoolRequest.class)).as(body)
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("body"));
        }
    }

    private static AbstractThrowableAssert<?, ?> assertRefused(String json, Type type, String field, String message) {
        return assertThatThrownBy(() -> JsonShape.check(json, type))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(message);
    }
}
