package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.PointRef;
import java.util.List;
import java.util.Set;

/**
 * Click selects the nearest point, shift+click adds it to the selection (or removes it again), click on empty
 * space clears it. Driven by {@link PointerDrag}, which tells clicks from drags.
 */
final class ClickSelection {

    private ClickSelection() {
    }

    static void select(Set<String> selectedIds, PointRef hit, boolean add) {
        if (hit == null || hit.pointId() == null) {
            if (!add) {
                selectedIds.clear();
            }
            return;
        }
        if (add) {
            if (!selectedIds.remove(hit.pointId())) {
                selectedIds.add(hit.pointId());
            }
        } else {
            selectedIds.retainAll(List.of(hit.pointId()));
            selectedIds.add(hit.pointId());
        }
    }
}
