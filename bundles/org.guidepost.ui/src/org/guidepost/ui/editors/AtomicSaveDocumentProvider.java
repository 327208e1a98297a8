package org.guidepost.ui.editors;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;

/**
 * Saves a workspace file the way nothing typed can be lost: the text is written to a temporary file beside it and
 * moved over the file in one step, so a crash or a full disk mid-save leaves the old file whole, never half of the
 * new one. Files that are not in the workspace are saved as the platform saves them.
 */
public class AtomicSaveDocumentProvider extends TextFileDocumentProvider {

    @Override
    protected DocumentProviderOperation createSaveOperation(Object element, IDocument document, boolean overwrite)
            throws CoreException {
        if (!(element instanceof IFileEditorInput input) || input.getFile().getLocation() == null) {
            return super.createSaveOperation(element, document, overwrite);
        }
        IFile file = input.getFile();
        FileInfo info = getFileInfo(element);
        ITextFileBuffer buffer = info == null ? null : info.fTextFileBuffer;
        if (buffer == null) {
            return super.createSaveOperation(element, document, overwrite);
        }
        return new DocumentProviderOperation() {
            @Override
            protected void execute(IProgressMonitor monitor) throws CoreException {
                if (!overwrite && !buffer.isSynchronized()) {
                    // changed on disk since it was opened: let the platform ask the user, as it always does
                    buffer.commit(monitor, false);
                    return;
                }
                write(file, document.get(), charset(buffer));
                // clean before the workspace hears of the new file: a dirty buffer would take the change for a
                // conflict with an edit made elsewhere; a clean one just re-reads the text it already holds
                buffer.setDirty(false);
                file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            }

            @Override
            public org.eclipse.core.runtime.jobs.ISchedulingRule getSchedulingRule() {
                // writing, then refreshing the file (whose rule is its folder's)
                return org.eclipse.core.runtime.jobs.MultiRule.combine(file.getWorkspace().getRuleFactory().modifyRule(file),
                        file.getWorkspace().getRuleFactory().refreshRule(file));
            }
        };
    }

    private static Charset charset(ITextFileBuffer buffer) {
        try {
            return Charset.forName(buffer.getEncoding() == null ? "UTF-8" : buffer.getEncoding());
        } catch (IllegalArgumentException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    /** Writes {@code text} to the file's location through a temporary file and an atomic move. */
    static void write(IFile file, String text, Charset charset) throws CoreException {
        Path target = file.getLocation().toFile().toPath();
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            try {
                Files.writeString(temp, text, charset);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot save " + target + ": " + e.getMessage()
                    + ". Your text is still in the editor; free some space or check the folder's permissions and save again.", e));
        }
    }
}
