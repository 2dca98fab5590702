package org.alliancetimeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage 1 of the ingest: reads one article file ({@code .txt} or {@code .json}) into a
 * {@link RawArticle}, applying an optional {@code NAME.meta.json} sidecar. Every way a file can be
 * unusable becomes an {@link ArticleFormatException} whose message names the problem, so the
 * caller can report it and carry on with the other files.
 */
public final class ArticleReader {
    /** Longest article read; a larger file is almost certainly not one news article. */
    public static final long MAX_ARTICLE_BYTES = 8L * 1024 * 1024;

    private static final String META_SUFFIX = ".meta.json";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Made when the first .json article or sidecar is read: building a mapper costs ~100 ms of start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final List<String> JSON_TEXT_FIELDS = List.of("title", "date", "outlet", "author", "url", "body");

    /** Whether a file name is one the reader treats as an article (sidecars are not). */
    public static boolean isArticleFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".") || lower.endsWith(META_SUFFIX)) {
            return false;
        }
        return lower.endsWith(".txt") || lower.endsWith(".json");
    }

    public RawArticle read(Path file, String relativeName) throws ArticleFormatException {
        byte[] bytes = readBytes(file);
        List<String> warnings = new ArrayList<>();
        RawArticle raw;
        if (relativeName.toLowerCase(Locale.ROOT).endsWith(".json")) {
            raw = fromJson(relativeName, decode(bytes, warnings), warnings, bytes.length);
        } else {
            String text = decode(bytes, warnings);
            if (text.isBlank()) {
                throw new ArticleFormatException("the file holds only white space");
            }
            raw = new RawArticle(relativeName, text, null, null, null, null, null, warnings, bytes.length);
        }
        return applySidecar(file, raw);
    }

    private static byte[] readBytes(Path file) throws ArticleFormatException {
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleFormatException("is a folder, not a file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ArticleFormatException("the file is empty");
            }
            if (size > MAX_ARTICLE_BYTES) {
                throw new ArticleFormatException(String.format(Locale.ROOT,
                        "the file is %.1f MB; one article is at most %d MB, so it was skipped",
                        size / 1048576.0, MAX_ARTICLE_BYTES / 1048576));
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ArticleFormatException("cannot be read: permission denied");
        } catch (NoSuchFileException e) {
            throw new ArticleFormatException("disappeared while the folder was being read");
        } catch (IOException e) {
            throw new ArticleFormatException("cannot be read: " + e.getMessage());
        }
    }

    /**
     * Decodes UTF-8 (with or without BOM), falling back to windows-1252 with a warning; rejects
     * binary content. Line endings become \n.
     */
    static String decode(byte[] bytes, List<String> warnings) throws ArticleFormatException {
        if (looksBinary(bytes)) {
            throw new ArticleFormatException("looks like a binary file, not text");
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        // the JDK's own decoding is fastest but replaces bad bytes silently: only text holding a
        // replacement character is decoded again strictly, to tell bad bytes from a written U+FFFD
        if (text.indexOf('\uFFFD') < 0) {
            return text.replace("\r\n", "\n").replace('\r', '\n');
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            warnings.add("The file is not valid UTF-8; it was read as Windows-1252, so some letters may be wrong.");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** NUL bytes, or many control characters, mean a binary file (UTF-16 is not expected here). */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    private static RawArticle fromJson(String file, String text, List<String> warnings, long size)
            throws ArticleFormatException {
        JsonNode node = parseJson(text, "");
        if (!node.isObject()) {
            throw new ArticleFormatException("a .json article must be an object with title, date, outlet, url and body");
        }
        checkTextFields(node, "");
        JsonNode body = node.get("body");
        if (body == null || body.isNull() || body.asText().isBlank()) {
            throw new ArticleFormatException("the field \"body\" is missing or empty");
        }
        return new RawArticle(file, body.asText().replace("\r\n", "\n"), text(node, "title"), text(node, "date"),
                text(node, "outlet"), text(node, "author"), text(node, "url"), warnings, size);
    }

    private RawArticle applySidecar(Path file, RawArticle raw) throws ArticleFormatException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path sidecar = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + META_SUFFIX);
        if (!Files.isRegularFile(sidecar)) {
            return raw;
        }
        String sidecarName = sidecar.getFileName().toString();
        JsonNode meta;
        try {
            meta = parseJson(decode(Files.readAllBytes(sidecar), new ArrayList<>()), sidecarName + ": ");
        } catch (IOException e) {
            throw new ArticleFormatException(sidecarName + " cannot be read: " + e.getMessage());
        }
        if (!meta.isObject()) {
            throw new ArticleFormatException(sidecarName + " must be a JSON object");
        }
        checkTextFields(meta, sidecarName + ": ");
        String body = text(meta, "body");
        return new RawArticle(raw.file(),
                body != null ? body : raw.text(),
                override(meta, "title", raw.title()),
                override(meta, "date", raw.date()),
                override(meta, "outlet", raw.outlet()),
                override(meta, "author", raw.author()),
                override(meta, "url", raw.url()),
                raw.warnings(), raw.sizeBytes());
    }

    private static JsonNode parseJson(String text, String prefix) throws ArticleFormatException {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ArticleFormatException(prefix + "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static void checkTextFields(JsonNode node, String prefix) throws ArticleFormatException {
        for (String field : JSON_TEXT_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw new ArticleFormatException(prefix + "the field \"" + field + "\" should be text but is "
                        + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static String override(JsonNode meta, String field, String current) {
        String value = text(meta, field);
        return value != null ? value : current;
    }
}
