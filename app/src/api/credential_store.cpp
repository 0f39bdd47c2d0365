// SPDX-License-Identifier: MIT
#include "api/credential_store.h"

#include <qt6keychain/keychain.h>

namespace medusa::admin {

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent), m_service(std::move(service)) {}

void CredentialStore::write(const QString& account, const QString& secret,
                            std::function<void(const QString& error)> done) {
  auto* job = new QKeychain::WritePasswordJob(m_service, this);
  job->setKey(account);
  job->setTextData(secret);
  connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
    if (done) done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
  });
  job->start();
}

void CredentialStore::read(
    const QString& account,
    std::function<void(bool found, const QString& secret, const QString& error)> done) {
  auto* job = new QKeychain::ReadPasswordJob(m_service, this);
  job->setKey(account);
  connect(job, &QKeychain::Job::finished, this, [done, job](QKeychain::Job*) {
    if (!done) return;
    switch (job->error()) {
      case QKeychain::NoError:
        done(true, job->textData(), {});
        break;
      case QKeychain::EntryNotFound:
        done(false, {}, {});
        break;
      default:
        done(false, {}, job->errorString());
        break;
    }
  });
  job->start();
}

void CredentialStore::erase(const QString& account,
                            std::function<void(const QString& error)> done) {
  auto* job = new QKeychain::DeletePasswordJob(m_service, this);
  job->setKey(account);
  connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
    const bool ok =
        finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
    if (done) done(ok ? QString() : finished->errorString());
  });
  job->start();
}

}  // namespace medusa::admin
