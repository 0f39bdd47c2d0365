// SPDX-License-Identifier: MIT
#include "medusa/sales_channel/sales_channel_module_service.h"

namespace medusa::sales_channel {

namespace bj = boost::json;

bj::array SalesChannelModuleService::createSalesChannels(const bj::array& data,
                                                         db::TxContext* tx) const {
  return entity("sales_channel").create(data, tx);
}

bj::object SalesChannelModuleService::retrieveSalesChannel(std::string_view id,
                                                           db::TxContext* tx) const {
  return entity("sales_channel").retrieve(id, {}, tx);
}

bj::array SalesChannelModuleService::listSalesChannels(const bj::object& filters,
                                                       db::TxContext* tx) const {
  return entity("sales_channel").list({.filters = filters}, tx);
}

bj::array SalesChannelModuleService::updateSalesChannels(const bj::array& data,
                                                         db::TxContext* tx) const {
  return entity("sales_channel").update(data, tx);
}

void SalesChannelModuleService::softDeleteSalesChannels(const std::vector<std::string>& ids,
                                                        db::TxContext* tx) const {
  if (!ids.empty()) entity("sales_channel").softDelete(ids, tx);
}

void SalesChannelModuleService::restoreSalesChannels(const std::vector<std::string>& ids,
                                                     db::TxContext* tx) const {
  if (!ids.empty()) entity("sales_channel").restore(ids, tx);
}

void SalesChannelModuleService::deleteSalesChannels(const std::vector<std::string>& ids,
                                                    db::TxContext* tx) const {
  if (!ids.empty()) entity("sales_channel").remove(ids, tx);
}

}  // namespace medusa::sales_channel
