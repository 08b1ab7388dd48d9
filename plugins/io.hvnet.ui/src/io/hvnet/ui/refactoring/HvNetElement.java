package io.hvnet.ui.refactoring;

import org.eclipse.core.resources.IFile;

/**
 * An hvnet element being refactored, as rename participants see it: the file that declares it and its qualified
 * name (what diagram ids and references use), e.g. {@code lab.HV01.NIC1}.
 */
public record HvNetElement(IFile file, String qualifiedName) {

	/** The qualified name the element gets when renamed to {@code newName}. */
	public String renamedTo(String newName) {
		int dot = qualifiedName.lastIndexOf('.');
		return (dot < 0 ? "" : qualifiedName.substring(0, dot + 1)) + newName;
	}
}
