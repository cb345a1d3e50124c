-- CreateTable
CREATE TABLE "RefusalCount" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL DEFAULT '',
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "loggedAt" TIMESTAMP(3),

    CONSTRAINT "RefusalCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RefusalCount_loggedAt_windowStart_idx" ON "RefusalCount"("loggedAt", "windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "RefusalCount_kind_clientKey_windowStart_key" ON "RefusalCount"("kind", "clientKey", "windowStart");
