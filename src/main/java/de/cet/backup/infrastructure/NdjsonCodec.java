package de.cet.backup.infrastructure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import de.cet.backup.domain.Manifest;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;

/**
 * How one column value is written as JSON and read back (see docs/backup-format.md). Values that JSON
 * represents exactly are native (booleans, integers, jsonb); bytea is base64; timestamps are ISO-8601;
 * everything else (numeric, uuid, text, date, enums, arrays, intervals, ...) is PostgreSQL's own text
 * form, which its input functions read back exactly — the same principle pg_dump relies on. Reading back
 * always casts to the column's declared type, so no value is reinterpreted by Java.
 */
public final class NdjsonCodec {

    public static final String STRING = "string";
    public static final String NUMBER = "number";
    public static final String BOOLEAN = "boolean";
    public static final String JSON = "json";
    public static final String BASE64 = "base64";
    static final String TIMESTAMPTZ = "timestamptz";
    static final String TIMESTAMP = "timestamp";

    private NdjsonCodec() {}

    static String encodingOf(String typname, String typcategory) {
        return switch (typname) {
            case "bool" -> BOOLEAN;
            case "int2", "int4", "int8" -> NUMBER;
            case "jsonb" -> JSON;
            case "bytea" -> BASE64;
            case "timestamptz" -> TIMESTAMPTZ;
            case "timestamp" -> TIMESTAMP;
            default -> STRING;
        };
    }

    /** The SELECT expression that yields the column in its archive form. */
    static String selectExpression(Manifest.Column column) {
        String c = SchemaCatalog.quote(column.name());
        return switch (column.encoding()) {
            case TIMESTAMPTZ -> "case when isfinite(" + c + ") then to_char(" + c
                + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') else " + c + "::text end";
            case TIMESTAMP -> "case when isfinite(" + c + ") then to_char(" + c
                + ", 'YYYY-MM-DD\"T\"HH24:MI:SS.US') else " + c + "::text end";
            case BOOLEAN, NUMBER, BASE64 -> c;
            default -> c + "::text";
        };
    }

    static void write(JsonGenerator json, ResultSet rs, int index, Manifest.Column column) throws SQLException, IOException {
        json.writeFieldName(column.name());
        switch (column.encoding()) {
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                if (rs.wasNull()) json.writeNull(); else json.writeBoolean(value);
            }
            case NUMBER -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) json.writeNull(); else json.writeNumber(value);
            }
            case BASE64 -> {
                byte[] value = rs.getBytes(index);
                if (value == null) json.writeNull(); else json.writeBinary(value);
            }
            case JSON -> {
                String value = rs.getString(index);
                if (value == null) json.writeNull(); else json.writeRawValue(value);
            }
            default -> {
                String value = rs.getString(index);
                if (value == null) json.writeNull(); else json.writeString(value);
            }
        }
    }

    /** The INSERT placeholder: a cast to the declared type (bytea is bound as bytes). */
    static String placeholder(Manifest.Column column) {
        return BASE64.equals(column.encoding()) ? "?" : "?::" + column.type();
    }

    static void bind(PreparedStatement ps, int index, Manifest.Column column, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            if (BASE64.equals(column.encoding())) {
                ps.setNull(index, Types.BINARY);
            } else {
                ps.setNull(index, Types.VARCHAR);
            }
            return;
        }
        switch (column.encoding()) {
            case BASE64 -> {
                if (!value.isTextual()) throw mismatch(column, value);
                ps.setBytes(index, Base64.getDecoder().decode(value.textValue()));
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) throw mismatch(column, value);
                ps.setString(index, String.valueOf(value.booleanValue()));
            }
            case NUMBER -> {
                if (!value.isIntegralNumber()) throw mismatch(column, value);
                ps.setString(index, value.asText());
            }
            case JSON -> ps.setString(index, value.toString());
            default -> {
                if (!value.isTextual()) throw mismatch(column, value);
                ps.setString(index, value.textValue());
            }
        }
    }

    private static IllegalArgumentException mismatch(Manifest.Column column, JsonNode value) {
        return new IllegalArgumentException("Column " + column.name() + " (" + column.encoding()
            + ") holds a JSON " + value.getNodeType());
    }
}
