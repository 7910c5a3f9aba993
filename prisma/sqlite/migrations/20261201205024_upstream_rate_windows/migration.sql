-- CreateTable
CREATE TABLE "UpstreamRateWindow" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetsAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "UpstreamRateWindow_resetsAt_idx" ON "UpstreamRateWindow"("resetsAt");

