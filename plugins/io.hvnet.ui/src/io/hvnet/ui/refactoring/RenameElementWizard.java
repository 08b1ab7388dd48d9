package io.hvnet.ui.refactoring;

import org.eclipse.ltk.core.refactoring.participants.RenameRefactoring;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rename dialog: the new name, then OK or Preview (every file's edits side by side). */
public final class RenameElementWizard extends RefactoringWizard {

	private final RenameElementProcessor processor;

	public RenameElementWizard(RenameElementProcessor processor) {
		super(new RenameRefactoring(processor), DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		this.processor = processor;
		setDefaultPageTitle("Rename hvnet Element");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NewNamePage());
	}

	private final class NewNamePage extends UserInputWizardPage {

		NewNamePage() {
			super("NewName");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(2, false));
			new Label(page, SWT.NONE).setText("New name:");
			Text name = new Text(page, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(processor.currentName());
			name.selectAll();
			name.addModifyListener(e -> {
				String problem = RenameElementProcessor.checkName(name.getText());
				processor.setNewName(name.getText());
				setErrorMessage(problem);
				setPageComplete(problem == null && !name.getText().equals(processor.currentName()));
			});
			setPageComplete(false);
			setMessage("References in the project follow; comments and formatting stay as they are.");
			setControl(page);
			name.setFocus();
		}
	}
}
