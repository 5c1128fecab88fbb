package dev.scalinglens.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Iterator;
import java.util.Map;

/**
 * Chart settings to and from JSON, one rule for every way settings come in (figures, views, decks,
 * workspaces): a missing field takes its default, an unknown field is refused, and a null is refused
 * where the default is not null (a saved {@code "precision": null} would otherwise reach a builder).
 */
public final class SettingsJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private SettingsJson() {
    }

    /**
     * @param chartId named in messages
     * @throws IllegalArgumentException with a message naming the chart and the bad field
     */
    public static <S extends Record> S decode(JsonNode json, Class<S> type, S defaults, String chartId) {
        if (json == null || json.isNull() || json.isMissingNode() || (json.isObject() && json.isEmpty())) {
            return defaults;
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException(chartId + " settings must be a JSON object");
        }
        ObjectNode merged = JSON.valueToTree(defaults);
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode fallback = merged.get(field.getKey());
            if (field.getValue().isNull() && fallback != null && !fallback.isNull()) {
                throw new IllegalArgumentException(chartId + " settings: " + field.getKey() + " must not be null");
            }
            merged.set(field.getKey(), field.getValue());
        }
        try {
            return JSON.treeToValue(merged, type);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            // The record refused a value: its own message says which and why, without Jackson's wrapping.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(chartId + " settings: " + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(chartId + " settings: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(chartId + " settings: " + e.getMessage());
        }
    }

    public static JsonNode encode(Record settings) {
        return JSON.valueToTree(settings);
    }
}
