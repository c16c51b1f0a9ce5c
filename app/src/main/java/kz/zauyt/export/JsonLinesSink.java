package kz.zauyt.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** JSON Lines: one object per row, keys the column names, numbers as numbers, dates as ISO text, lists as arrays. */
final class JsonLinesSink implements TableSink {

    private final JsonGenerator json;
    private List<Column> columns;

    JsonLinesSink(OutputStream out) throws IOException {
        this.json = Jsons.generator(out);
    }

    @Override
    public void begin(Kind kind, List<Column> columns) {
        this.columns = columns;
    }

    @Override
    public void row(Object[] cells) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < cells.length; i++) {
            json.writeFieldName(columns.get(i).name());
            value(json, columns.get(i).type(), cells[i]);
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    static void value(JsonGenerator json, Column.Type type, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
            return;
        }
        switch (type) {
            case NUMBER -> {
                double d = ((Number) v).doubleValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    json.writeNumber((long) d); // 120000000000, not 1.2E11
                } else {
                    json.writeNumber(d);
                }
            }
            case INTEGER -> json.writeNumber(((Number) v).longValue());
            case DATE -> json.writeString(((LocalDate) v).toString());
            case TEXT -> json.writeString(v.toString());
            case LIST -> {
                json.writeStartArray();
                for (Object o : (List<?>) v) {
                    json.writeString(String.valueOf(o));
                }
                json.writeEndArray();
            }
        }
    }

    @Override
    public void end() throws IOException {
        json.flush();
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }

    /** One place that makes the export's JSON writers: UTF-8, the stream left open for the caller. */
    static final class Jsons {
        private static final JsonFactory FACTORY = JsonFactory.builder()
                .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

        private Jsons() {
        }

        static JsonGenerator generator(OutputStream out) throws IOException {
            return FACTORY.createGenerator(out, JsonEncoding.UTF8);
        }
    }
}
