package dev.scalinglens;

import dev.scalinglens.app.main.FileKinds;
import dev.scalinglens.app.startup.StartupTrace;
import dev.scalinglens.launch.CdsRelaunch;
import dev.scalinglens.launch.RunKind;
import java.nio.file.Path;
import java.util.OptionalInt;
import dev.scalinglens.app.ScalingLensApp;
import dev.scalinglens.cli.ScalingLensCommand;

/**
 * Entry point of {@code java -jar scalinglens.jar}: no arguments opens the window, anything else runs
 * the headless CLI; started from the jar, both run in a second JVM with a class-data archive
 * ({@link CdsRelaunch}). This class must not extend {@code Application}, so that the fat jar starts
 * JavaFX from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean window = args.length == 0 || (args.length == 1 && opensInWindow(args[0]));
        OptionalInt relaunched = CdsRelaunch.relaunchIfUseful(Main.class, args, RunKind.of(args, window));
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        // As if stopped: shutdown hooks run, a file being written is finished or left as it was.
        CdsRelaunch.whenTheStartingJvmIsKilled(() -> System.exit(CdsRelaunch.EXIT_WHEN_STOPPED));
        StartupTrace.mark("main entered");
        if (window) {
            // The desktop entry runs "scalinglens %f": a workspace or an exported figure opens in the window.
            ScalingLensApp.launchApp(args);
        } else {
            System.exit(ScalingLensCommand.execute(args));
        }
    }

    /** An existing workspace or catalog (.json, .slens.json) or an exported figure (png, svg, pdf, pptx). */
    static boolean opensInWindow(String arg) {
        if (arg.startsWith("-")) {
            return false;
        }
        try {
            return FileKinds.isOpenableFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
