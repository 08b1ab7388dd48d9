package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;

/**
 * Templates for the pieces an administrator writes most: a VM with an adapter, an external switch with its host
 * vNIC (named as io.hvnet.dsl.model.edit.ManagementVnic names it), a host, a server, a scenario. ${cursor} and
 * ${name} are JFace template variables (Tab moves between them).
 */
final class HvNetTemplates {

	private static final TemplateContextType CONTEXT = new TemplateContextType("io.hvnet.ui.templates", "hvnet");

	static {
		CONTEXT.addResolver(new org.eclipse.jface.text.templates.GlobalTemplateVariables.Cursor());
	}

	private static final List<Template> TEMPLATES = List.of(
			new Template("vm", "a VM with a synthetic adapter on a switch", CONTEXT.getId(), """
					vm ${name} {
					    synthetic adapter Net switch ${switch} {
					        ip ${cursor}
					    }
					}""", true),
			new Template("external switch", "an external switch and its host vNIC", CONTEXT.getId(), """
					external switch ${name} on ${nic}
					parent {
					    vnic v${name} "vEthernet (${name})" switch ${name} {
					        ip ${cursor}
					    }
					}""", true),
			new Template("host", "a Hyper-V host with two NICs", CONTEXT.getId(), """
					host ${name} {
					    nic NIC1 {
					        ip ${cursor}
					    }
					    nic NIC2 {
					        bindings vms
					    }
					}""", true),
			new Template("server", "a server with one NIC", CONTEXT.getId(), """
					server ${name} {
					    nic NIC1 {
					        ip ${cursor}
					    }
					}""", true),
			new Template("scenario", "a scenario with a ping and its expectations", CONTEXT.getId(), """
					scenario "${title}" {
					    ping ${from} -> ${to}
					        expect reachable${cursor}
					}""", true));

	private HvNetTemplates() {
	}

	/** The templates whose name starts with the word before the caret. */
	static List<ICompletionProposal> proposals(IDocument document, int offset) {
		int start = offset;
		try {
			while (start > 0 && Character.isLetter(document.getChar(start - 1))) {
				start--;
			}
			String prefix = document.get(start, offset - start);
			List<ICompletionProposal> result = new ArrayList<>();
			Region region = new Region(start, offset - start);
			for (Template t : TEMPLATES) {
				if (t.getName().startsWith(prefix)) {
					DocumentTemplateContext context = new DocumentTemplateContext(CONTEXT, document, start,
							offset - start);
					result.add(new TemplateProposal(t, context, region, null));
				}
			}
			return result;
		} catch (BadLocationException e) {
			return List.of();
		}
	}
}
