-- Schema version 19: an index that holds everything the data page's summary needs (figures, suppressed figures and
-- latest period per indicator), so the summary is read from the index rather than from every figure.
-- Generated from the model with 'schema-script postgres', then reviewed.

CREATE INDEX "IX_IndicatorValues_IndicatorId_PeriodStart_Period_Suppression" ON "IndicatorValues" ("IndicatorId", "PeriodStart", "Period", "Suppression");
