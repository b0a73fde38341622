package dev.opsdiff.match;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenamesTest {
    @Test
    void consistentDomainRenameIsTheSameCode() {
        assertTrue(Renames.sameCode(
                "this.checkProcessDefinitionValid(projectCode, processDefinition, processDefineCode)",
                "this.checkWorkflowDefinitionValid(projectCode, workflowDefinition, processDefineCode)"));
    }

    @Test
    void swappedReceiverOrCallIsADifference() {
        assertFalse(Renames.sameCode("cache.get(key)", "repository.get(key)"));
        assertFalse(Renames.sameCode("repo.findById(id)", "repo.findAllById(id)"));
        assertFalse(Renames.sameCode("client.get(5000)", "client.get(50000)"));
    }

    @Test
    void renameMustBeABijection() {
        // orderId and customerId both becoming "key" merges two things into one: not a rename.
        assertFalse(Renames.equivalent(List.of("f", "(", "orderKey", ",", "customerKey", ")"),
                List.of("f", "(", "accountKey", ",", "accountKey", ")")));
        assertTrue(Renames.equivalent(List.of("f", "(", "orderKey", ",", "orderKey", ")"),
                List.of("f", "(", "purchaseOrderKey", ",", "purchaseOrderKey", ")")));
    }

    @Test
    void wordsSplitCamelCaseConstantsAndDigits() {
        assertEquals(List.of("process", "define", "not", "exist"), Renames.words("PROCESS_DEFINE_NOT_EXIST"));
        assertEquals(List.of("http", "client", "5"), Renames.words("httpClient5"));
        assertEquals(List.of("url", "parser"), Renames.words("URLParser"));
    }
}
