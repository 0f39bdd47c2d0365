// SPDX-License-Identifier: MIT
#include "models/remote_list_model.h"

#include <QJsonArray>

namespace medusa::admin {

QString snakeCase(const QByteArray& camel) {
  QString out;
  for (const char c : camel) {
    if (c >= 'A' && c <= 'Z') {
      out += QLatin1Char('_');
      out += QLatin1Char(static_cast<char>(c - 'A' + 'a'));
    } else {
      out += QLatin1Char(c);
    }
  }
  return out;
}

RemoteListModel::RemoteListModel(QString path, QString listKey, QString itemKey, int pageSize,
                                 QObject* parent)
    : QAbstractListModel(parent),
      m_path(std::move(path)),
      m_listKey(std::move(listKey)),
      m_itemKey(std::move(itemKey)),
      m_pageSize(pageSize) {}

void RemoteListModel::setClient(ApiClient* client) {
  if (client == m_client) return;
  m_client = client;
  emit clientChanged();
}

int RemoteListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant RemoteListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const auto names = roles();
  const int at = role - Qt::UserRole - 1;
  if (at < 0 || at >= names.size()) return {};
  return value(m_rows.at(index.row()), names.at(at));
}

QHash<int, QByteArray> RemoteListModel::roleNames() const {
  QHash<int, QByteArray> names;
  int role = Qt::UserRole + 1;
  for (const auto& name : roles()) names.insert(role++, name);
  return names;
}

QVariant RemoteListModel::value(const QJsonObject& row, const QByteArray& role) const {
  return row.value(snakeCase(role)).toVariant();
}

bool RemoteListModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && m_client && m_total > count() && !m_fetchingPage;
}

void RemoteListModel::fetchMore(const QModelIndex& parent) {
  if (canFetchMore(parent)) fetchPage(count());
}

void RemoteListModel::reload() {
  ++m_generation;
  m_fetchingPage = false;
  beginResetModel();
  m_rows.clear();
  m_total = -1;
  endResetModel();
  emit countChanged();
  fetchPage(0);
}

void RemoteListModel::fetchPage(int offset) {
  if (!m_client) return setError(tr("Not connected to a server."));
  auto query = filters();
  query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
  query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
  m_fetchingPage = true;
  setPending(+1);
  const int generation = m_generation;
  m_client->get(m_path, query, this, [this, generation](const ApiResult& result) {
    setPending(-1);
    if (generation != m_generation) return;
    // m_fetchingPage stays set while rows are inserted: views (and QAbstractItemModelTester)
    // ask canFetchMore() from inside the insertion and must not request this page twice.
    if (!result.ok()) {
      m_fetchingPage = false;
      if (result.error->status != 404 || !emptyWhenMissing())
        return setError(result.error->message);
      m_total = 0;
      return emit countChanged();
    }
    const auto page = result.body.value(m_listKey).toArray();
    if (arranges()) {
      beginResetModel();
      for (const auto& row : page) m_rows.append(row.toObject());
      arrange(m_rows);
      endResetModel();
    } else if (!page.isEmpty()) {
      beginInsertRows({}, count(), count() + static_cast<int>(page.size()) - 1);
      for (const auto& row : page) m_rows.append(row.toObject());
      endInsertRows();
    }
    // A route without `count` (or a short page) means there is nothing more to fetch.
    const auto total = result.body.value(QStringLiteral("count"));
    m_total = total.isDouble() ? total.toInt() : count();
    if (page.size() < m_pageSize) m_total = count();
    m_fetchingPage = false;
    setError({});
    emit countChanged();
  });
}

QVariantMap RemoteListModel::get(int row) const {
  return row >= 0 && row < count() ? m_rows.at(row).toVariantMap() : QVariantMap{};
}

int RemoteListModel::indexOf(const QString& id) const {
  for (int i = 0; i < count(); ++i) {
    if (m_rows.at(i).value(QStringLiteral("id")).toString() == id) return i;
  }
  return -1;
}

void RemoteListModel::create(const QVariantMap& body) {
  send(QStringLiteral("POST"), m_path, QJsonObject::fromVariantMap(body),
       [this](const QJsonObject& answer) {
         const auto row = answer.value(m_itemKey).toObject();
         upsertRow(row);
         emit saved(row.value(QStringLiteral("id")).toString());
       });
}

void RemoteListModel::update(const QString& id, const QVariantMap& body) {
  send(QStringLiteral("POST"), m_path + '/' + id, QJsonObject::fromVariantMap(body),
       [this, id](const QJsonObject& answer) {
         upsertRow(answer.value(m_itemKey).toObject());
         emit saved(id);
       });
}

void RemoteListModel::remove(const QString& id) {
  send(QStringLiteral("DELETE"), m_path + '/' + id, {}, [this, id](const QJsonObject&) {
    const int row = indexOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (m_total > 0) --m_total;
    emit countChanged();
    emit removed(id);
  });
}

void RemoteListModel::send(const QString& method, const QString& path, const QJsonObject& body,
                           std::function<void(const QJsonObject&)> done) {
  if (!m_client) return setError(tr("Not connected to a server."));
  setPending(+1);
  auto handle = [this, done](const ApiResult& result) {
    setPending(-1);
    if (!result.ok()) return setError(result.error->message);
    setError({});
    done(result.body);
  };
  if (method == QLatin1String("DELETE")) return m_client->remove(path, this, handle);
  m_client->post(path, body, this, handle);
}

void RemoteListModel::upsertRow(const QJsonObject& row) {
  const int at = indexOf(row.value(QStringLiteral("id")).toString());
  if (at >= 0) {
    m_rows[at] = row;
    emit dataChanged(index(at), index(at));
    return;
  }
  beginInsertRows({}, count(), count());
  m_rows.append(row);
  endInsertRows();
  if (m_total >= 0) ++m_total;
  emit countChanged();
}

void RemoteListModel::clearError() {
  setError({});
}

void RemoteListModel::setError(const QString& message) {
  if (message == m_error) return;
  m_error = message;
  emit errorStringChanged();
}

void RemoteListModel::setPending(int delta) {
  const bool before = loading();
  m_pending += delta;
  if (before != loading()) emit loadingChanged();
}

}  // namespace medusa::admin
