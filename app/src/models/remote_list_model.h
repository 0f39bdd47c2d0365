// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <QVariantMap>

#include "api/api_client.h"

namespace medusa::admin {

/// A Medusa list route as a lazily paged list model: `GET <path>?limit=N&offset=M` answering
/// `{<listKey>: [...], count, offset, limit}`. The first page loads on reload(); views pull the
/// next pages through fetchMore(). Creates, updates and deletes go to the same resource and
/// keep the rows in step. Subclasses name their roles and add filters and computed roles.
class RemoteListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ANONYMOUS
  Q_PROPERTY(
      medusa::admin::ApiClient* client READ client WRITE setClient NOTIFY clientChanged REQUIRED)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
  Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)

 public:
  RemoteListModel(QString path, QString listKey, QString itemKey, int pageSize,
                  QObject* parent = nullptr);

  ApiClient* client() const { return m_client; }
  void setClient(ApiClient* client);
  bool loading() const { return m_pending > 0; }
  QString errorString() const { return m_error; }
  int count() const { return static_cast<int>(m_rows.size()); }
  /// The server's `count`: all rows matching the filters, loaded or not (-1 before loading).
  int totalCount() const { return m_total; }
  bool loaded() const { return m_total >= 0; }
  int pageSize() const { return m_pageSize; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  /// Drops the rows and loads the first page again (with the current filters).
  Q_INVOKABLE void reload();
  /// The row's JSON object as a map (for editors and dialogs).
  Q_INVOKABLE QVariantMap get(int row) const;
  /// Row of the entity with this id, or -1.
  Q_INVOKABLE int indexOf(const QString& id) const;
  /// POST <path> with `body`; the created entity is appended. Emits saved(id) on success.
  Q_INVOKABLE void create(const QVariantMap& body);
  /// POST <path>/<id> with `body`; the row is replaced by the answer. Emits saved(id).
  Q_INVOKABLE void update(const QString& id, const QVariantMap& body);
  /// DELETE <path>/<id>; the row goes away on success.
  Q_INVOKABLE void remove(const QString& id);
  Q_INVOKABLE void clearError();

 signals:
  void clientChanged();
  void loadingChanged();
  void errorStringChanged();
  void countChanged();
  void saved(const QString& id);
  void removed(const QString& id);

 protected:
  /// Role names in order; role values start at Qt::UserRole + 1.
  virtual QList<QByteArray> roles() const = 0;
  /// The value of `role` for a row; the default reads the snake_case key of the role name.
  virtual QVariant value(const QJsonObject& row, const QByteArray& role) const;
  /// Filters and `fields` for the list request (limit and offset are added).
  virtual QUrlQuery filters() const { return {}; }
  /// True for lists whose route may not exist on older servers (orders before checkout):
  /// a 404 then means "nothing yet", not an error.
  virtual bool emptyWhenMissing() const { return false; }
  /// Models that order rows themselves (a tree) return true and sort in arrange().
  virtual bool arranges() const { return false; }
  virtual void arrange(QList<QJsonObject>& rows) const { Q_UNUSED(rows) }
  /// A write or call that changes rows some other way (subclass actions); errors go to
  /// errorString, `done` runs on success.
  void send(const QString& method, const QString& path, const QJsonObject& body,
            std::function<void(const QJsonObject&)> done);
  /// Replaces the row with the same id (or appends it).
  void upsertRow(const QJsonObject& row);
  void setError(const QString& message);
  const QList<QJsonObject>& rows() const { return m_rows; }
  QString path() const { return m_path; }

 private:
  void fetchPage(int offset);
  void setPending(int delta);

  QString m_path;
  QString m_listKey;
  QString m_itemKey;
  int m_pageSize;
  ApiClient* m_client = nullptr;
  QList<QJsonObject> m_rows;
  int m_total = -1;
  int m_pending = 0;
  int m_generation = 0;  // answers to a request made before the last reload are dropped
  bool m_fetchingPage = false;
  QString m_error;
};

/// "variantCount" -> "variant_count": role names are camelCase, Medusa's keys snake_case.
QString snakeCase(const QByteArray& camel);

}  // namespace medusa::admin
