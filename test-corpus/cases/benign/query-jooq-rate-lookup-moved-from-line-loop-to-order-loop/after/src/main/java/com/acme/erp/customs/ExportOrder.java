package com.acme.erp.customs;

import java.util.List;

public record ExportOrder(String number, String destinationCountry, List<ExportLine> lines) {
}
