package dev.scalinglens.catalog.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.scalinglens.catalog.Architecture;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a catalog as {@code scalinglens.catalog/1} JSON that the loader accepts: nulls and empty
 * sections left out, dates as YYYY-MM-DD, a quantity as a bare number unless it carries provenance.
 */
public final class CatalogWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(Quantity.class, new QuantitySerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addMixIn(Architecture.class, ArchitectureMixIn.class)
            .addMixIn(ModelRecord.class, ModelMixIn.class)
            .addMixIn(Source.class, SourceMixIn.class)
            .build();

    private CatalogWriter() {
    }

    public static void write(Catalog catalog, OutputStream out) throws IOException {
        MAPPER.writeValue(out, catalog);
    }

    public static String toJson(Catalog catalog) throws IOException {
        return MAPPER.writeValueAsString(catalog);
    }

    /** Derived helpers of the records are not data. */
    @JsonIgnoreProperties({"mla"})
    private abstract static class ArchitectureMixIn {
    }

    @JsonIgnoreProperties({"mixtureOfExperts"})
    private abstract static class ModelMixIn {
    }

    /** The key is the member name in {@code sources}; it is not repeated inside. */
    @JsonIgnoreProperties({"key"})
    private abstract static class SourceMixIn {
    }

    private static final class QuantitySerializer extends StdSerializer<Quantity> {
        QuantitySerializer() {
            super(Quantity.class);
        }

        @Override
        public void serialize(Quantity q, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (q.source() == null && !q.estimated() && q.note() == null) {
                gen.writeNumber(q.value());
                return;
            }
            gen.writeStartObject();
            gen.writeNumberField("value", q.value());
            if (q.source() != null) {
                gen.writeStringField("source", q.source());
            }
            if (q.estimated()) {
                gen.writeBooleanField("estimated", true);
            }
            if (q.note() != null) {
                gen.writeStringField("note", q.note());
            }
            gen.writeEndObject();
        }
    }
}
