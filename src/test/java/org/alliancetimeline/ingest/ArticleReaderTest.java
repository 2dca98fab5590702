package org.alliancetimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;
    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8WithBomAndCrlfIsReadCleanly() throws Exception {
        byte[] body = "Title line\r\n\r\nBody text.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        RawArticle raw = reader.read(write("a.txt", withBom), "a.txt");
        assertEquals("Title line\n\nBody text.\n", raw.text());
        assertTrue(raw.warnings().isEmpty());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning() throws Exception {
        byte[] bytes = new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};
        RawArticle raw = reader.read(write("cp.txt", bytes), "cp.txt");
        assertEquals("Caf\u00e9 \u201cq\u201d", raw.text());
        assertEquals(1, raw.warnings().size());
        assertTrue(raw.warnings().get(0).contains("Windows-1252"));
    }

    @Test
    void emptyFileIsAProblem() throws Exception {
        Path p = write("empty.txt", new byte[0]);
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "empty.txt"));
        assertEquals("the file is empty", e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsAProblem() throws Exception {
        Path p = write("blank.txt", " \n\n \t\n");
        assertThrows(ArticleFormatException.class, () -> reader.read(p, "blank.txt"));
    }

    @Test
    void binaryFileIsAProblem() throws Exception {
        Path p = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "image.txt"));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void fiftyMegabyteFileIsSkippedWithItsSize() throws Exception {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "huge.txt"));
        assertTrue(e.getMessage().contains("50.0 MB"), e.getMessage());
    }

    @Test
    void folderNamedLikeAnArticleIsAProblem() throws Exception {
        Path p = Files.createDirectory(dir.resolve("x.txt"));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "x.txt"));
        assertEquals("is a folder, not a file", e.getMessage());
    }

    @Test
    void unreadableFileIsAProblem() throws Exception {
        Path p = write("secret.txt", "Some text.");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p), "running as root: permissions do not stop reading");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "secret.txt"));
        assertTrue(e.getMessage().contains("permission denied"));
    }

    @Test
    void fileThatCannotBeOpenedIsAProblem() throws Exception {
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(loop, "loop.txt"));
        assertTrue(e.getMessage().startsWith("cannot be read"), e.getMessage());
    }

    @Test
    void jsonArticleGivesItsFields() throws Exception {
        Path p = write("a.json", "{\"title\":\"T\",\"date\":\"2020-02-03\",\"outlet\":\"O\",\"url\":\"https://x\",\"body\":\"B.\"}");
        RawArticle raw = reader.read(p, "a.json");
        assertEquals("T", raw.title());
        assertEquals("2020-02-03", raw.date());
        assertEquals("O", raw.outlet());
        assertEquals("https://x", raw.url());
        assertEquals("B.", raw.text());
    }

    @Test
    void jsonWithoutBodyIsAProblem() throws Exception {
        Path p = write("a.json", "{\"title\":\"T\"}");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "a.json"));
        assertEquals("the field \"body\" is missing or empty", e.getMessage());
    }

    @Test
    void jsonWithWrongFieldTypeIsAProblem() throws Exception {
        Path p = write("a.json", "{\"title\":\"T\",\"date\":20200203,\"body\":\"B\"}");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "a.json"));
        assertEquals("the field \"date\" should be text but is number", e.getMessage());
    }

    @Test
    void brokenJsonNamesTheLine() throws Exception {
        Path p = write("a.json", "{\"title\":\"T\",\n\"body\":");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(p, "a.json"));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 2"), e.getMessage());
    }

    @Test
    void sidecarOverridesFieldsOfTheTextFile() throws Exception {
        Path p = write("story.txt", "Headline\n\nBody.");
        write("story.meta.json", "{\"date\":\"2019-05-01\",\"outlet\":\"Reuters\"}");
        RawArticle raw = reader.read(p, "story.txt");
        assertEquals("2019-05-01", raw.date());
        assertEquals("Reuters", raw.outlet());
        assertEquals("Headline\n\nBody.", raw.text());
    }

    @Test
    void sidecarsAndHiddenFilesAreNotArticles() {
        assertFalse(ArticleReader.isArticleFile("story.meta.json"));
        assertFalse(ArticleReader.isArticleFile(".DS_Store.txt"));
        assertFalse(ArticleReader.isArticleFile("README.md"));
        assertTrue(ArticleReader.isArticleFile("a.TXT"));
        assertTrue(ArticleReader.isArticleFile("b.json"));
    }
}
