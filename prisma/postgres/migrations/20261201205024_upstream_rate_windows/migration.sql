-- CreateTable
CREATE TABLE "UpstreamRateWindow" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetsAt" BIGINT NOT NULL,

    CONSTRAINT "UpstreamRateWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "UpstreamRateWindow_resetsAt_idx" ON "UpstreamRateWindow"("resetsAt");

