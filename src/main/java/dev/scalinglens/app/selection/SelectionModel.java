package dev.scalinglens.app.selection;

import java.util.Collection;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The selected models, by id, shared by the table, every chart and the inspector: selecting anywhere
 * highlights everywhere. {@link #focusedIdProperty()} is the one the inspector shows (the last added).
 */
public final class SelectionModel {

    private final ObservableSet<String> selectedIds = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<String> focusedId = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ObjectProperty<java.util.Set<String>> highlightIds =
            new javafx.beans.property.SimpleObjectProperty<>();

    public SelectionModel() {
        selectedIds.addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                focusedId.set(change.getElementAdded());
            } else if (change.wasRemoved() && change.getElementRemoved().equals(focusedId.get())) {
                focusedId.set(selectedIds.stream().reduce((a, b) -> b).orElse(null));
            }
        });
    }

    /** Ids the search highlights (the rest faded on every chart and in the table), or null for none. */
    public javafx.beans.property.ObjectProperty<java.util.Set<String>> highlightIdsProperty() {
        return highlightIds;
    }

    public ObservableSet<String> getSelectedIds() {
        return selectedIds;
    }

    public ReadOnlyObjectProperty<String> focusedIdProperty() {
        return focusedId.getReadOnlyProperty();
    }

    public Optional<String> focusedId() {
        return Optional.ofNullable(focusedId.get());
    }

    /** Replaces the selection, changing the set only where it differs (avoids listener ping-pong). */
    public void selectOnly(Collection<String> ids) {
        selectedIds.retainAll(ids);
        for (String id : ids) {
            if (!selectedIds.contains(id)) {
                selectedIds.add(id);
            }
        }
    }

    public void clear() {
        selectedIds.clear();
    }
}
