package org.alliancetimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model and the ingest are plain Java: no JavaFX, so they can be tested and benchmarked without a toolkit. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/alliancetimeline");
    private static final Pattern FX_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?(javafx|com\\.sun\\.javafx|org\\.controlsfx)\\.", Pattern.MULTILINE);

    private static List<Path> javaFiles(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void modelAndIngestDoNotImportJavaFx() throws IOException {
        List<Path> files = Stream.concat(javaFiles("model").stream(), javaFiles("ingest").stream()).toList();
        assertTrue(files.size() >= 10, "expected the model and ingest sources, found " + files.size());
        List<String> offenders = files.stream().filter(ArchitectureTest::importsJavaFx).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckRecognisesAJavaFxImport() {
        assertTrue(FX_IMPORT.matcher("package x;\nimport javafx.beans.property.ObjectProperty;\n").find());
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return FX_IMPORT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
