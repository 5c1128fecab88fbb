import dev.scalinglens.app.workspace.Workspace;
import dev.scalinglens.app.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For packaging/kill-test.sh: saves a large workspace (~6 MB, like a big session) over and over with the app's
 * own writer ({@link WorkspaceStore#write}, the "Save workspace" and autosave path), or checks that a saved one
 * is complete. Compiled by the script; run as {@code java -cp target/scalinglens.jar:CLASSES WorkspaceSaveLoop
 * save FILE [TIMES]} or {@code ... check FILE}.
 */
public final class WorkspaceSaveLoop {

    private static final int IDS = 100_000;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        WorkspaceStore store = new WorkspaceStore();
        if (args[0].equals("check")) {
            Workspace w = store.read(file);
            int n = w.selectedModelIds().size();
            String first = n == 0 ? "" : w.selectedModelIds().get(0);
            String last = n == 0 ? "" : w.selectedModelIds().get(n - 1);
            boolean whole = n == IDS && first.endsWith("-0") && last.endsWith("-" + (IDS - 1))
                    && first.substring(0, first.indexOf('-')).equals(last.substring(0, last.indexOf('-')));
            System.exit(whole ? 0 : 1);
        }
        int times = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        for (int g = 1; g <= times; g++) {
            List<String> ids = new ArrayList<>(IDS);
            for (int i = 0; i < IDS; i++) {
                ids.add("g" + g + "-model-with-a-long-id-" + i);
            }
            store.write(file, new Workspace(null, List.of(), null, null, "trends", ids, null, 1.0, null));
        }
    }
}
