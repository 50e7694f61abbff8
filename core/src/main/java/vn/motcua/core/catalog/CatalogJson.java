package vn.motcua.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** Documents and fees as the JSON arrays stored in {@code procedure_version}. */
final class CatalogJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<RequiredDocument>> DOCUMENTS = new TypeReference<>() { };
    private static final TypeReference<List<Fee>> FEES = new TypeReference<>() { };

    private CatalogJson() {
    }

    static String documents(List<RequiredDocument> documents) {
        return write(documents);
    }

    static String fees(List<Fee> fees) {
        return write(fees);
    }

    static List<RequiredDocument> documents(String json) {
        return read(json, DOCUMENTS);
    }

    static List<Fee> fees(String json) {
        return read(json, FEES);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored catalog JSON unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
