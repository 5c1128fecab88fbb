package dev.scalinglens.launch;

import java.util.OptionalInt;

/** The main class of the jar {@link CdsRelaunchProcessTest} builds: relaunches like the app's Main, then reports. */
public final class RelaunchProbe {

    static final int EXIT = 7;

    private RelaunchProbe() {
    }

    public static void main(String[] args) {
        OptionalInt relaunched = CdsRelaunch.relaunchIfUseful(RelaunchProbe.class, args, RunKind.OTHER_COMMAND);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        System.out.println("relaunched=" + System.getProperty(CdsRelaunch.RELAUNCHED_PROPERTY)
                + " user=" + System.getProperty("probe.user") + " args=" + String.join("|", args));
        System.exit(EXIT);
    }
}
