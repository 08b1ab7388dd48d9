package io.hvnet.ui.refactoring;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.ParticipantManager;
import org.eclipse.ltk.core.refactoring.participants.RefactoringParticipant;
import org.eclipse.ltk.core.refactoring.participants.RenameArguments;
import org.eclipse.ltk.core.refactoring.participants.RenameProcessor;
import org.eclipse.ltk.core.refactoring.participants.SharableParticipants;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.model.Names;
import io.hvnet.ui.HvNetUiPlugin;
import io.hvnet.ui.commands.Rename;

/**
 * Renames a NIC, switch, VM… and its references in the project's files as an Eclipse refactoring: a preview of
 * every file's edits, one undoable change, and participants (the diagram keeps its stored positions).
 */
public final class RenameElementProcessor extends RenameProcessor {

	private final IFile file;
	private final String text;
	private final int offset;
	private NetworkNode element;
	private HvNetElement subject;
	private String newName;

	/** The element at {@code offset} of {@code text}, the editor's current text of {@code file}. */
	public RenameElementProcessor(IFile file, String text, int offset) {
		this.file = file;
		this.text = text;
		this.offset = offset;
	}

	public String currentName() {
		return element == null ? "" : element.getName();
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	/** Null when {@code name} can be an hvnet name, else why not. */
	public static String checkName(String name) {
		return Names.whyNotAName(name);
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor pm) throws CoreException {
		element = Rename.elementAt(file, text, offset);
		if (element == null) {
			return RefactoringStatus.createFatalErrorStatus("Put the caret on a name or a reference to rename it.");
		}
		IFile declaring = Rename.fileOf(element.eResource().getURI());
		String qualified = HvNetUiPlugin.getDefault().getInjector().getInstance(IQualifiedNameProvider.class)
				.getFullyQualifiedName(element).toString();
		subject = new HvNetElement(declaring == null ? file : declaring, qualified);
		newName = element.getName();
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor pm, CheckConditionsContext context) {
		String problem = checkName(newName);
		if (problem != null) {
			return RefactoringStatus.createFatalErrorStatus(problem);
		}
		newName = Names.typedName(newName); // ^cable names cable; the serializer writes the ^ where it is needed
		if (newName.equals(element.getName())) {
			return RefactoringStatus.createFatalErrorStatus("The new name is the current name.");
		}
		String taken = takenBy(newName);
		return taken == null ? new RefactoringStatus()
				: RefactoringStatus.createFatalErrorStatus(taken + " already has that name: two elements of one name "
						+ "could not be told apart.");
	}

	/**
	 * The element that already has the qualified name the renamed one would get, among the files that see each
	 * other (the element's own, and those of its package), or null.
	 */
	private String takenBy(String name) {
		IQualifiedNameProvider names = HvNetUiPlugin.getDefault().getInjector().getInstance(IQualifiedNameProvider.class);
		QualifiedName current = names.getFullyQualifiedName(element);
		QualifiedName wanted = current.getSegmentCount() > 1 ? current.skipLast(1).append(name) : QualifiedName.create(name);
		Resource own = element.eResource();
		String pkg = own.getContents().isEmpty() ? null : ((Network) own.getContents().get(0)).getName();
		for (Resource r : own.getResourceSet().getResources()) {
			boolean visible = r == own || pkg != null && !r.getContents().isEmpty()
					&& r.getContents().get(0) instanceof Network n && pkg.equals(n.getName());
			if (!visible) {
				continue;
			}
			for (EObject o : (Iterable<EObject>) r::getAllContents) {
				if (o != element && o instanceof NetworkNode && wanted.equals(names.getFullyQualifiedName(o))) {
					return wanted.toString();
				}
			}
		}
		return null;
	}

	@Override
	public Change createChange(IProgressMonitor pm) throws CoreException, OperationCanceledException {
		CompositeChange change = new CompositeChange("Rename " + subject.qualifiedName() + " to " + newName);
		for (Map.Entry<IFile, List<ITextReplacement>> edits : Rename.edits(element, newName).entrySet()) {
			TextFileChange fileChange = new TextFileChange(edits.getKey().getName(), edits.getKey());
			fileChange.setTextType("hvnet");
			MultiTextEdit all = new MultiTextEdit();
			edits.getValue().forEach(r -> all.addChild(new ReplaceEdit(r.getOffset(), r.getLength(),
					r.getReplacementText())));
			fileChange.setEdit(all);
			change.add(fileChange);
		}
		return change;
	}

	@Override
	public RefactoringParticipant[] loadParticipants(RefactoringStatus status, SharableParticipants shared)
			throws CoreException {
		return ParticipantManager.loadRenameParticipants(status, this, subject, new RenameArguments(newName, true),
				subject.file().getProject().getDescription().getNatureIds(), shared);
	}

	@Override
	public Object[] getElements() {
		return subject == null ? new Object[0] : new Object[] { subject };
	}

	@Override
	public String getIdentifier() {
		return "io.hvnet.ui.renameElement";
	}

	@Override
	public String getProcessorName() {
		return "Rename hvnet Element";
	}

	@Override
	public boolean isApplicable() {
		return true;
	}
}
