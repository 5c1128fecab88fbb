package dev.scalinglens.app.support;

import dev.scalinglens.app.dialogs.UserDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scripted answers for every dialog, and a record of errors shown. */
public final class RecordingDialogs implements UserDialogs {

    public List<Path> catalogsToChoose = List.of();
    public Path workspaceToOpen;
    public Path figureToOpen;
    public Path workspaceToSave;
    public Path csvTarget;
    public boolean confirmAnswer;
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    /** "title: message" of each information shown. */
    public final List<String> informations = new ArrayList<>();

    @Override
    public List<Path> chooseCatalogs(String title) {
        return catalogsToChoose;
    }

    @Override
    public Path chooseFigureToOpen() {
        return figureToOpen;
    }

    @Override
    public Path chooseWorkspaceToOpen() {
        return workspaceToOpen;
    }

    @Override
    public Path chooseWorkspaceToSave() {
        return workspaceToSave;
    }

    @Override
    public Path chooseCsvTarget() {
        return csvTarget;
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title);
        return confirmAnswer;
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + ": " + message);
    }
}
