package org.classcruncher.web.rest;

import java.io.StringReader;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import org.classcruncher.problem.InvalidRequest;

/**
 * Checks a JSON body against the Java type it is bound to, before JSON-B binds it, so that no value is changed on
 * the way in: JSON-B alone wraps {@code 4294967302} to 6, cuts {@code 6.9} to 6 and reads {@code "6"} as 6. A
 * number bound to an {@code int} must be a whole number in range written as one; a text field must be a string;
 * a flag {@code true} or {@code false}; an object an object and a list a list without null entries; and nothing
 * nests deeper than {@value #MAX_DEPTH} levels. Each refusal names the field as a JSON path, e.g.
 * {@code grades[0].children}. Properties the type does not have are skipped, as JSON-B skips them.
 */
final class JsonShape {

    static final int MAX_DEPTH = 32;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");
    private static final int SHOWN = 40;

    private final JsonParser parser;

    private JsonShape(JsonParser parser) {
        this.parser = parser;
    }

    /** Refuses {@code json} with an {@link InvalidRequest} naming the field, unless it has the shape of {@code type}. */
    static void check(String json, Type type) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            JsonShape shape = new JsonShape(parser);
            Event first = parser.next();
            if (first == Event.VALUE_NULL) {
                throw new InvalidRequest("body", "The body is null: send " + kind(type) + " as JSON.");
            }
            shape.value(first, type, "", 1);
            if (parser.hasNext()) {
                parser.next();
                throw new InvalidRequest("body", "The body has more after its JSON value.");
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new InvalidRequest("body", "The body is not valid JSON: " + e.getMessage());
        }
    }

    private void value(Event event, Type type, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidRequest(name(path), "The body nests deeper than " + MAX_DEPTH + " levels at "
                    + name(path) + ".");
        }
        if (event == Event.VALUE_NULL) {
            return; // an absent value: the record's own checks say whether it may be absent
        }
        Class<?> raw = raw(type);
        if (raw == Integer.class || raw == int.class) {
            wholeNumber(event, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Long.class || raw == long.class) {
            wholeNumber(event, path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (event != Event.VALUE_TRUE && event != Event.VALUE_FALSE) {
                throw wrongType(path, "true or false", event);
            }
        } else if (raw == String.class) {
            if (event != Event.VALUE_STRING) {
                throw wrongType(path, "text in quotes", event);
            }
        } else if (raw.isRecord()) {
            if (event != Event.START_OBJECT) {
                throw wrongType(path, "an object", event);
            }
            object(raw, path, depth);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (event != Event.START_ARRAY) {
                throw wrongType(path, "a list", event);
            }
            list(element(type), path, depth);
        } else if (Map.class.isAssignableFrom(raw)) {
            if (event != Event.START_OBJECT) {
                throw wrongType(path, "an object", event);
            }
            map(mapValue(type), path, depth);
        } else {
            skip(event, path, depth);
        }
    }

    /** An object whose keys are data (e.g. grade names): every value has the map's value type. */
    private void map(Type value, String path, int depth) {
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            // Named as the records name their keyed entries, e.g. grades[1].children.
            value(parser.next(), value, path + "[" + key + "]", depth + 1);
        }
    }

    private static Type mapValue(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 2) {
            return parameterized.getActualTypeArguments()[1];
        }
        return Object.class;
    }

    private void object(Class<?> record, String path, int depth) {
        Map<String, Type> properties = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.put(component.getName(), component.getGenericType());
        }
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String child = path.isEmpty() ? key : path + "." + key;
            value(parser.next(), properties.getOrDefault(key, Object.class), child, depth + 1);
        }
    }

    private void list(Type element, String path, int depth) {
        int index = 0;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            String child = path + "[" + index++ + "]";
            if (event == Event.VALUE_NULL) {
                throw new InvalidRequest(name(child), name(child) + " must not be null");
            }
            value(event, element, child, depth + 1);
        }
    }

    /** A value of a property the type does not have: read over, within the depth limit. */
    private void skip(Event event, String path, int depth) {
        if (event == Event.START_OBJECT) {
            for (Event next = parser.next(); next != Event.END_OBJECT; next = parser.next()) {
                String key = parser.getString();
                value(parser.next(), Object.class, path.isEmpty() ? key : path + "." + key, depth + 1);
            }
        } else if (event == Event.START_ARRAY) {
            int index = 0;
            for (Event next = parser.next(); next != Event.END_ARRAY; next = parser.next()) {
                value(next, Object.class, path + "[" + index++ + "]", depth + 1);
            }
        }
    }

    private void wholeNumber(Event event, String path, long min, long max) {
        if (event != Event.VALUE_NUMBER) {
            throw wrongType(path, "a whole number", event);
        }
        String text = parser.getString();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new InvalidRequest(name(path), name(path) + " must be a whole number, written without a fraction "
                    + "or exponent, not " + shown(text));
        }
        long number;
        try {
            number = Long.parseLong(text);
        } catch (NumberFormatException tooLong) {
            number = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
            if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
                throw new InvalidRequest(name(path), name(path) + " is out of range: " + shown(text));
            }
        }
        if (number < min || number > max) {
            throw new InvalidRequest(name(path), name(path) + " is out of range: " + shown(text));
        }
    }

    private InvalidRequest wrongType(String path, String expected, Event event) {
        String found = switch (event) {
            case VALUE_STRING -> "the text " + shown("\"" + parser.getString() + "\"");
            case VALUE_NUMBER -> "the number " + shown(parser.getString());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            default -> event.toString();
        };
        return new InvalidRequest(name(path), name(path) + " must be " + expected + ", not " + found);
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    }

    private static String kind(Type type) {
        return raw(type).isRecord() || raw(type) == Object.class ? "an object" : "a value";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static Type element(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            return parameterized.getActualTypeArguments()[0];
        }
        if (type instanceof Class<?> array && array.isArray()) {
            return array.getComponentType();
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        return Object.class;
    }
}
