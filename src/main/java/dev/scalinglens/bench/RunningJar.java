package dev.scalinglens.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The app jar a benchmark starts in child processes: the one given, else the one it runs from. */
final class RunningJar {

    private RunningJar() {
    }

    static Path orGiven(Path given) throws URISyntaxException {
        return given != null ? given
                : Path.of(RunningJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
