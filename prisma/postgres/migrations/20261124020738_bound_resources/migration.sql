-- CreateTable
CREATE TABLE "BoundResource" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "metadata" JSONB,
    "secret" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoundResource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoundResource_userId_idx" ON "BoundResource"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BoundResource_connectionId_type_upstreamId_key" ON "BoundResource"("connectionId", "type", "upstreamId");

-- AddForeignKey
ALTER TABLE "BoundResource" ADD CONSTRAINT "BoundResource_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoundResource" ADD CONSTRAINT "BoundResource_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

